package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// cacheEntries lists the entries of the parse cache of the embedded store
// in dir.
func cacheEntries(t *testing.T, dir string) []string {
	t.Helper()
	matches, err := filepath.Glob(filepath.Join(dir, "cache", "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	return matches
}

// TestCLISpoiledCacheEntries empties one cache entry and puts another
// document's entry in place of a second, and checks that the next ingest
// builds the graph a clean run builds.
func TestCLISpoiledCacheEntries(t *testing.T) {
	src, _ := cliCorpus(t)
	clean := t.TempDir()
	cliMustRun(t, "--store", clean, "ingest", "--no-cache", src)
	want, _ := cliExport(t, clean)

	dir := t.TempDir()
	cliMustRun(t, "--store", dir, "ingest", src)
	entries := cacheEntries(t, dir)
	if len(entries) < 3 {
		t.Fatalf("%d cache entries, want one per document", len(entries))
	}
	if err := os.WriteFile(entries[0], []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	other, err := os.ReadFile(entries[2])
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(entries[1], other, 0o644); err != nil {
		t.Fatal(err)
	}
	r := cliMustRun(t, "--store", dir, "ingest", src)
	if !strings.Contains(r.stdout, "; 2 parsed,") {
		t.Errorf("the two spoiled entries were not parsed again:\n%s", r.stdout)
	}
	got, _ := cliExport(t, dir)
	if string(got) != string(want) {
		t.Errorf("the graph built over spoiled cache entries differs from a clean run's: %s", firstDiff(want, got))
	}
}

// TestCLICachePruned removes a document and checks that its parse leaves
// the store's cache with it.
func TestCLICachePruned(t *testing.T) {
	src, n := cliCorpus(t)
	dir := t.TempDir()
	cliMustRun(t, "--store", dir, "ingest", src)
	if got := len(cacheEntries(t, dir)); got != n {
		t.Fatalf("%d cache entries after the first ingest, want %d", got, n)
	}
	names, _ := filepath.Glob(filepath.Join(src, "*.txt"))
	if err := os.Remove(names[0]); err != nil {
		t.Fatal(err)
	}
	cliMustRun(t, "--store", dir, "ingest", src)
	if got := len(cacheEntries(t, dir)); got != n-1 {
		t.Errorf("%d cache entries after a document was removed, want %d", got, n-1)
	}
}
