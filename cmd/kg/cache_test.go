package main

import (
	"fmt"
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

// TestCLISpoiledCacheEntries empties one parse cache entry and puts
// another document's entry in place of a second, and checks that the next
// ingest (--reset, without memos, so that it needs every parse) builds
// the graph a clean run builds.
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
	if err := os.RemoveAll(filepath.Join(dir, "cache", "extract")); err != nil {
		t.Fatal(err)
	}
	r := cliMustRun(t, "--store", dir, "ingest", "--reset", src)
	if !strings.Contains(r.stdout, "; 2 parsed,") {
		t.Errorf("the two spoiled entries were not parsed again:\n%s", r.stdout)
	}
	got, _ := cliExport(t, dir)
	if string(got) != string(want) {
		t.Errorf("the graph built over spoiled cache entries differs from a clean run's: %s", firstDiff(want, got))
	}
}

// TestCLICachePruned removes a document and checks that its parse and its
// memo leave the store's cache with it.
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
	if got := len(memoEntries(t, dir)); got != n-1 {
		t.Errorf("%d memos after a document was removed, want %d", got, n-1)
	}
}

// memoEntries lists the extraction memos of the embedded store in dir.
func memoEntries(t *testing.T, dir string) []string {
	t.Helper()
	matches, err := filepath.Glob(filepath.Join(dir, "cache", "extract", "*.memo"))
	if err != nil {
		t.Fatal(err)
	}
	return matches
}

// TestCLISpoiledMemos empties one extraction memo and puts another
// document's memo in place of a second, and checks that the next ingest
// reads those two documents again and builds the graph a clean run builds.
func TestCLISpoiledMemos(t *testing.T) {
	src, n := cliCorpus(t)
	clean := t.TempDir()
	cliMustRun(t, "--store", clean, "ingest", "--no-cache", src)
	want, _ := cliExport(t, clean)

	dir := t.TempDir()
	cliMustRun(t, "--store", dir, "ingest", src)
	memos := memoEntries(t, dir)
	if len(memos) != n {
		t.Fatalf("%d memos, want one per document (%d)", len(memos), n)
	}
	if err := os.WriteFile(memos[0], []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	other, err := os.ReadFile(memos[2])
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(memos[1], other, 0o644); err != nil {
		t.Fatal(err)
	}
	r := cliMustRun(t, "--store", dir, "ingest", "--reset", src)
	if !strings.Contains(r.stdout, fmt.Sprintf(", 2 of %d documents read again", n)) {
		t.Errorf("the two spoiled memos were not read again:\n%s", r.stdout)
	}
	got, _ := cliExport(t, dir)
	if string(got) != string(want) {
		t.Errorf("the graph built over spoiled memos differs from a clean run's: %s", firstDiff(want, got))
	}
}

// TestCLICacheFlags checks what --no-cache and --reset read and write:
// --no-cache reads no parse, memo or stamp but writes them, so that the
// run after it is fast; --reset forgets the stored graph's ids, not the
// parses and memos, which do not depend on them.
func TestCLICacheFlags(t *testing.T) {
	src, n := cliCorpus(t)
	dir := t.TempDir()
	all := fmt.Sprintf("%d of %d documents read again", n, n)
	steps := []struct {
		name string
		args []string
		want string
	}{
		{"--no-cache on an empty store", []string{"ingest", "--no-cache", src}, fmt.Sprintf("; %d parsed, 0 parses reused from the cache, %s", n, all)},
		{"then a plain run", []string{"ingest", src}, "the stored graph is already theirs"},
		{"--no-cache reads nothing", []string{"ingest", "--no-cache", src}, fmt.Sprintf("; %d parsed, 0 parses reused from the cache, %s", n, all)},
		{"--reset leaves no document to read again", []string{"ingest", "--reset", src}, fmt.Sprintf("; 0 parsed, 0 parses reused from the cache, 0 of %d documents read again", n)},
	}
	for _, st := range steps {
		r := cliMustRun(t, append([]string{"--store", dir}, st.args...)...)
		if !strings.Contains(r.stdout, st.want) {
			t.Errorf("%s: no %q in:\n%s", st.name, st.want, r.stdout)
		}
		if got := len(cacheEntries(t, dir)); got != n {
			t.Errorf("%s: %d parses kept, want %d", st.name, got, n)
		}
		if got := len(memoEntries(t, dir)); got != n {
			t.Errorf("%s: %d memos kept, want %d", st.name, got, n)
		}
	}
}
