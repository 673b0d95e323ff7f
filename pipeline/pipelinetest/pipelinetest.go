// Package pipelinetest runs the real pipeline for tests in other packages
// (the CLI, the saved queries, the evaluation), so that each builds its
// graph the same way and fails with the same messages.
package pipelinetest

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/nlp"
	"github.com/kgbuild/kg/pipeline"
	"github.com/kgbuild/kg/sources"
)

// Graph runs the pipeline on paths and returns its graph; any error or
// per-file problem fails the test.
func Graph(t testing.TB, paths ...string) *graph.Graph {
	t.Helper()
	p, err := pipeline.New(pipeline.Config{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := p.Run(context.Background(), paths)
	if err != nil {
		t.Fatalf("pipeline on %v: %v", paths, err)
	}
	if len(res.Problems) > 0 {
		t.Fatalf("pipeline on %v: %v", paths, res.Problems)
	}
	return res.Graph
}

// SeedDir is the sample corpus's folder, found from the test's working
// directory upwards, so that a test in any package can read it.
func SeedDir(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "sources", "ballard")
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Fatal("no go.mod above the test's directory")
		}
		dir = parent
	}
}

// SeedDocs loads the sample corpus sorted by id, failing on any problem:
// every file in it is meant to be usable.
func SeedDocs(tb testing.TB) []*sources.Document {
	tb.Helper()
	dir := SeedDir(tb)
	docs, probs, err := sources.Loader{}.Load(context.Background(), []string{dir})
	if err != nil {
		tb.Fatalf("load %s: %v", dir, err)
	}
	if len(probs) > 0 {
		tb.Fatalf("load %s: %v", dir, probs)
	}
	sort.Slice(docs, func(i, j int) bool { return docs[i].ID < docs[j].ID })
	return docs
}

// Parse runs the layout and nlp stages on docs, as the pipeline does.
func Parse(tb testing.TB, docs []*sources.Document) []*nlp.Parsed {
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

// IDs lists the documents' ids.
func IDs(docs []*sources.Document) []string {
	ids := make([]string, len(docs))
	for i, d := range docs {
		ids[i] = d.ID
	}
	return ids
}
