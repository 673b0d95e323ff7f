package eval

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/kgbuild/kg/internal/golden"

	"github.com/kgbuild/kg/graph"
)

// TestGoldenReport scores testdata/partial.json, a small hand-made
// prediction with typical faults (a wrong join, a duplicate, a mistyped
// entity, a misspelled name matched through its alias, a comparison work),
// against the seed gold, and compares the text and JSON reports with
// testdata/partial.txt.golden and partial.json.golden.
func TestGoldenReport(t *testing.T) {
	gold, err := LoadGold(filepath.Join("testdata", "seed"))
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join("testdata", "partial.json"))
	if err != nil {
		t.Fatal(err)
	}
	var pred graph.Graph
	if err := json.Unmarshal(data, &pred); err != nil {
		t.Fatal(err)
	}
	r := Score(&pred, gold)

	var text bytes.Buffer
	if err := r.WriteText(&text, true); err != nil {
		t.Fatal(err)
	}
	js, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range []struct {
		file string
		got  []byte
	}{
		{"partial.txt.golden", text.Bytes()},
		{"partial.json.golden", append(js, '\n')},
	} {
		golden.Check(t, filepath.Join("testdata", g.file), g.got)
	}
}
