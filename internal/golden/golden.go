// Package golden compares test output with golden files and rewrites them
// when the test binary runs with -update, so that every package's golden
// tests behave, report and update alike.
package golden

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files with the current output")

// Check compares got with the file at path byte for byte; under -update it
// writes got there instead (creating the directory). A difference names the
// first line that differs and how to accept the change.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the output; if the change is intended, run go test with -update and review the diff\n%s",
			path, firstDifference(string(want), string(got)))
	}
}

// firstDifference shows the first line where got departs from want.
func firstDifference(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	i := 0
	for i < len(w) && i < len(g) && w[i] == g[i] {
		i++
	}
	line := func(ls []string) string {
		if i < len(ls) {
			return ls[i]
		}
		return "(end of file)"
	}
	return fmt.Sprintf("line %d (%d lines now, %d in the file):\n want: %s\n  got: %s", i+1, len(g), len(w), line(w), line(g))
}

// CheckNoStale fails when dir holds golden files whose name (without
// ".golden") is not in ids, or removes them under -update, so that a renamed
// input does not leave an unchecked file behind.
func CheckNoStale(t testing.TB, dir string, ids []string) {
	t.Helper()
	keep := map[string]bool{}
	for _, id := range ids {
		keep[id] = true
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.golden"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		id := strings.TrimSuffix(filepath.Base(f), ".golden")
		if keep[id] {
			continue
		}
		if *update {
			if err := os.Remove(f); err != nil {
				t.Fatal(err)
			}
			continue
		}
		t.Errorf("%s has no input %s; run with -update to remove it", f, id)
	}
}
