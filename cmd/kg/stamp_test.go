package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/kgbuild/kg/graph/embedded"
)

// editedCorpus copies the corpus in src and appends a sentence to its
// first document.
func editedCorpus(t *testing.T, src string) string {
	t.Helper()
	dir := t.TempDir()
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	for i, e := range entries {
		data, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			data = append(data, "\nThe series was renewed for a fifth season by Corvane Studios.\n"...)
		}
		if err := os.WriteFile(filepath.Join(dir, e.Name()), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// reference is the export of a store that ingested each corpus in turn
// with --no-cache: what the same runs must give with every cache.
func reference(t *testing.T, corpora ...string) []byte {
	t.Helper()
	dir := t.TempDir()
	for _, c := range corpora {
		cliMustRun(t, "--store", dir, "ingest", "--no-cache", c)
	}
	data, _ := cliExport(t, dir)
	return data
}

const alreadyTheirs = "the stored graph is already theirs"

// TestCLIStampAfterKill kills ingests of an edited corpus at moments
// spread over their run, writes included, and checks that the next
// ingest of that corpus builds the graph a run without caches builds:
// whatever the kill left, the stored graph's stamp is never taken for a
// graph it does not describe.
func TestCLIStampAfterKill(t *testing.T) {
	a, _ := cliCorpus(t)
	b := editedCorpus(t, a)
	want := reference(t, a, b)
	for i := range 8 {
		delay := time.Duration(i) * 300 * time.Millisecond
		dir := t.TempDir()
		cliMustRun(t, "--store", dir, "ingest", a)
		cmd, _ := kgProcess(t, "--store", dir, "ingest", b)
		time.Sleep(delay)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		r := cliMustRun(t, "--store", dir, "ingest", b)
		got, _ := cliExport(t, dir)
		if string(got) != string(want) {
			t.Errorf("killed after %s, then ingested again: the graph differs from a run without caches: %s", delay, firstDiff(want, got))
		}
		t.Logf("killed after %s: the next run %s", delay, map[bool]string{true: "took the stored graph", false: "built the graph"}[strings.Contains(r.stdout, alreadyTheirs)])
	}
}

// TestCLIStampNotTrusted puts in the store a graph whose stamp is not that
// of the documents ingested next (a graph without a stamp, the graph of
// another store and its documents) and checks that the ingest builds the
// graph, as a run without caches does.
func TestCLIStampNotTrusted(t *testing.T) {
	a, _ := cliCorpus(t)
	b := editedCorpus(t, a)
	tests := []struct {
		name string
		// prepare leaves in dir the graph the ingest of a starts from, and
		// returns the corpora a run without caches ingests to get there.
		prepare func(t *testing.T, dir string) []string
	}{
		{"a graph without a stamp", func(t *testing.T, dir string) []string {
			cliMustRun(t, "--store", dir, "ingest", a)
			st, err := embedded.Open(dir)
			if err != nil {
				t.Fatal(err)
			}
			g, err := st.Load(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if err := st.Replace(context.Background(), g); err != nil {
				t.Fatal(err)
			}
			return []string{a}
		}},
		{"the graph of another store", func(t *testing.T, dir string) []string {
			cliMustRun(t, "--store", dir, "ingest", a)
			other := t.TempDir()
			cliMustRun(t, "--store", other, "ingest", b)
			data, err := os.ReadFile(filepath.Join(other, embedded.FileName))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, embedded.FileName), data, 0o644); err != nil {
				t.Fatal(err)
			}
			return []string{b}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			before := tc.prepare(t, dir)
			r := cliMustRun(t, "--store", dir, "ingest", a)
			if strings.Contains(r.stdout, alreadyTheirs) {
				t.Errorf("the ingest took the stored graph for its own:\n%s", r.stdout)
			}
			want := reference(t, append(before, a)...)
			if got, _ := cliExport(t, dir); string(got) != string(want) {
				t.Errorf("the graph differs from a run without caches: %s", firstDiff(want, got))
			}
		})
	}
}
