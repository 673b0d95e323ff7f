package main

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestStageOrder(t *testing.T) {
	tests := []struct {
		name   string
		stages []string
		want   []string
	}{
		{"pipeline order, not alphabetical", []string{"build", "extract", "load", "reconcile", "structure", "tokenize"},
			[]string{"load", "structure", "tokenize", "extract", "reconcile", "build"}},
		{"some stages", []string{"reconcile", "load"}, []string{"load", "reconcile"}},
		{"unknown stages last, sorted", []string{"zeta", "build", "alpha", "load"}, []string{"load", "build", "alpha", "zeta"}},
		{"none", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			timings := map[string]time.Duration{}
			for _, s := range tt.stages {
				timings[s] = time.Millisecond
			}
			if got := stageOrder(timings); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("stageOrder = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestIngestSummary ingests one document three times and reads the
// summary: the counts in the singular, and the stage timings in pipeline
// order; the second run finds the stored graph already the document's and
// only loads, the third (--reset) takes the extraction from its memo.
func TestIngestSummary(t *testing.T) {
	corpus := t.TempDir()
	copyFile(t, filepath.Join(cliSources, "002_ee6f08d6101e13f5.txt"), filepath.Join(corpus, "one.txt"))
	store := t.TempDir()
	tests := []struct {
		name, flag, want, last string
	}{
		{"first run", "", `(?m)^ingested 1 document \(0 unchanged\) in \S+; 1 parsed, 0 parses reused from the cache, 1 of 1 document read again$`, "build"},
		{"second run", "", `(?m)^ingested 1 document \(1 unchanged\) in \S+; the stored graph is already theirs: nothing parsed or read again$`, "load"},
		{"reset", "--reset", `(?m)^ingested 1 document \(0 unchanged\) in \S+; 0 parsed, 0 parses reused from the cache, 0 of 1 document read again$`, "build"},
	}
	for _, tt := range tests {
		args := []string{"--store", store, "ingest", corpus}
		if tt.flag != "" {
			args = append(args, tt.flag)
		}
		r := cliMustRun(t, args...)
		if !regexp.MustCompile(tt.want).MatchString(r.stdout) {
			t.Errorf("%s: no line matching %s in:\n%s", tt.name, tt.want, r.stdout)
		}
		m := regexp.MustCompile(`(?m)^time by stage:(.*)$`).FindStringSubmatch(r.stdout)
		if m == nil {
			t.Fatalf("%s: no stage timings in:\n%s", tt.name, r.stdout)
		}
		var stages []string
		for i, f := range strings.Fields(m[1]) {
			if i%2 == 0 {
				stages = append(stages, f)
			}
		}
		if want := stageOrder(durations(stages)); !reflect.DeepEqual(stages, want) || stages[0] != "load" || stages[len(stages)-1] != tt.last {
			t.Errorf("%s: stages printed as %q, want pipeline order from load to %s", tt.name, stages, tt.last)
		}
	}
}

// durations gives each stage a timing, for stageOrder.
func durations(stages []string) map[string]time.Duration {
	m := map[string]time.Duration{}
	for _, s := range stages {
		m[s] = 0
	}
	return m
}

// TestIngestCPUProfile checks that --cpuprofile writes a profile pprof can
// read (gzip, as runtime/pprof writes it), and that a profile that cannot
// be created stops the ingest before any work.
func TestIngestCPUProfile(t *testing.T) {
	corpus := t.TempDir()
	copyFile(t, filepath.Join(cliSources, "002_ee6f08d6101e13f5.txt"), filepath.Join(corpus, "one.txt"))
	prof := filepath.Join(t.TempDir(), "cpu.prof")
	cliMustRun(t, "--store", t.TempDir(), "ingest", "--cpuprofile", prof, corpus)
	b, err := os.ReadFile(prof)
	if err != nil {
		t.Fatal(err)
	}
	if len(b) < 2 || b[0] != 0x1f || b[1] != 0x8b {
		t.Errorf("--cpuprofile wrote %d bytes that are no gzip stream", len(b))
	}
	store := t.TempDir()
	r := cliRun(t, "--store", store, "ingest", "--cpuprofile", filepath.Join(t.TempDir(), "missing", "cpu.prof"), corpus)
	if r.code != exitError || !strings.Contains(r.stderr, "cpu profile") {
		t.Errorf("an unwritable profile: exit %d, stderr %q; want %d and the profile named", r.code, r.stderr, exitError)
	}
}

// TestIngestMemProfile checks that --memprofile writes a heap profile
// pprof can read and names the peak of the live heap, and that a profile
// that cannot be written stops the ingest before any work.
func TestIngestMemProfile(t *testing.T) {
	corpus := t.TempDir()
	copyFile(t, filepath.Join(cliSources, "002_ee6f08d6101e13f5.txt"), filepath.Join(corpus, "one.txt"))
	prof := filepath.Join(t.TempDir(), "heap.prof")
	r := cliRun(t, "--store", t.TempDir(), "ingest", "--memprofile", prof, corpus)
	if r.code != 0 || !strings.Contains(r.stderr, "live heap peaked at") {
		t.Errorf("exit %d, stderr %q; want 0 and the peak named", r.code, r.stderr)
	}
	b, err := os.ReadFile(prof)
	if err != nil {
		t.Fatal(err)
	}
	if len(b) < 2 || b[0] != 0x1f || b[1] != 0x8b {
		t.Errorf("--memprofile wrote %d bytes that are no gzip stream", len(b))
	}
	store := t.TempDir()
	r = cliRun(t, "--store", store, "ingest", "--memprofile", filepath.Join(t.TempDir(), "missing", "heap.prof"), corpus)
	if r.code != exitError || !strings.Contains(r.stderr, "heap profile") {
		t.Errorf("an unwritable profile: exit %d, stderr %q; want %d and the profile named", r.code, r.stderr, exitError)
	}
	if _, err := os.Stat(filepath.Join(store, "graph.json")); err == nil {
		t.Errorf("an unwritable profile: the graph was written")
	}
}

// TestStoreInsideCorpus ingests a folder that holds the store itself (as
// "kg --store kgdata ingest ." does): the second run reads the one
// document again, not the store's graph file and cache as documents.
func TestStoreInsideCorpus(t *testing.T) {
	corpus := t.TempDir()
	copyFile(t, filepath.Join(cliSources, "002_ee6f08d6101e13f5.txt"), filepath.Join(corpus, "one.txt"))
	store := filepath.Join(corpus, "kgdata")
	for run := 1; run <= 2; run++ {
		r := cliMustRun(t, "--store", store, "ingest", corpus)
		if !strings.Contains(r.stdout, "ingested 1 document ") || strings.Contains(r.stderr, "skipped") {
			t.Errorf("run %d: %s%s", run, r.stdout, r.stderr)
		}
	}
}
