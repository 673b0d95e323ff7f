package pipeline_test

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/kgbuild/kg/internal/golden"
	"github.com/kgbuild/kg/nlp"
	"github.com/kgbuild/kg/sources"

	"github.com/kgbuild/kg/pipeline"
)

// update rewrites the golden files under testdata/ instead of comparing
// with them: go test ./pipeline -run Golden -update

// sourcesDir is the seed corpus the golden files and benchmarks are made from.
const sourcesDir = "../sources/ballard"

// checkGolden compares got with the golden file at path byte for byte, or
// writes it when -update is set.
func checkGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	golden.Check(t, path, got)
}

// checkNoStaleGolden fails when dir holds golden files for documents that
// no longer exist (or removes them with -update), so that a renamed source
// does not leave an unchecked file behind.
func checkNoStaleGolden(t *testing.T, dir string, docs []*sources.Document) {
	t.Helper()
	ids := map[string]bool{}
	for _, d := range docs {
		ids[d.ID] = true
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.golden"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		id := strings.TrimSuffix(filepath.Base(f), ".golden")
		if ids[id] {
			continue
		}
		if golden.Updating() {
			if err := os.Remove(f); err != nil {
				t.Fatal(err)
			}
			continue
		}
		t.Errorf("%s has no source document %s; run with -update to remove it", f, id)
	}
}

// loadSources loads the seed corpus, failing on any problem: every file
// in it is meant to be usable.
func loadSources(tb testing.TB) []*sources.Document {
	tb.Helper()
	docs, probs, err := sources.Loader{}.Load(context.Background(), []string{sourcesDir})
	if err != nil {
		tb.Fatalf("load %s: %v", sourcesDir, err)
	}
	if len(probs) > 0 {
		tb.Fatalf("load %s: %v", sourcesDir, probs)
	}
	sort.Slice(docs, func(i, j int) bool { return docs[i].ID < docs[j].ID })
	return docs
}

// parseSources loads and parses the seed corpus.
func parseSources(tb testing.TB) []*nlp.Parsed {
	tb.Helper()
	return parseDocs(tb, loadSources(tb))
}

// parseDocs runs the structure and tokenize stages on docs.
func parseDocs(tb testing.TB, docs []*sources.Document) []*nlp.Parsed {
	tb.Helper()
	p, err := pipeline.New(pipeline.Config{})
	if err != nil {
		tb.Fatal(err)
	}
	parsed, err := p.Parse(context.Background(), docs, nil)
	if err != nil {
		tb.Fatal(err)
	}
	return parsed
}
