package pipeline

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// TestParseCacheReusesUnchangedDocuments checks that a second run over the
// same files parses nothing and builds the same graph, and that an edited
// file is parsed again.
func TestParseCacheReusesUnchangedDocuments(t *testing.T) {
	src := t.TempDir()
	files := map[string]string{
		"a.txt": "= Nightfall (TV series) =\n- Starring: Dana Holt\n- Dana Holt as Detective Ivy Cole, a cop.\n",
		"b.txt": "Nightfall stars Dana Holt as Ivy Cole. It is set in Chicago.\n",
	}
	for n, body := range files {
		if err := os.WriteFile(filepath.Join(src, n), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cache, err := NewDirCache(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	run := func() *Result {
		t.Helper()
		p, err := New(Config{Cache: cache})
		if err != nil {
			t.Fatal(err)
		}
		res, err := p.Run(context.Background(), []string{src})
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	first := run()
	second := run()
	if first.Reused != 0 || second.Reused != len(files) {
		t.Fatalf("reused %d then %d parses, want 0 then %d", first.Reused, second.Reused, len(files))
	}
	a, _ := json.Marshal(first.Graph)
	b, _ := json.Marshal(second.Graph)
	if string(a) != string(b) {
		t.Errorf("the graph built from cached parses differs:\n%s\n%s", a, b)
	}
	if err := os.WriteFile(filepath.Join(src, "b.txt"), []byte(files["b.txt"]+"Tom Reyes plays Sam Cole.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if third := run(); third.Reused != 1 {
		t.Errorf("after editing one file, reused %d parses, want 1", third.Reused)
	}
}
