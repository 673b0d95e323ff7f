// Package pipelinetest runs the real pipeline for tests in other packages
// (the CLI, the saved queries, the evaluation), so that each builds its
// graph the same way and fails with the same messages.
package pipelinetest

import (
	"context"
	"testing"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/pipeline"
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
