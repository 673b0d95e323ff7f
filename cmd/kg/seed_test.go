package main

import (
	"regexp"
	"testing"

	"github.com/kgbuild/kg/pipeline/pipelinetest"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/graph/neo4j/neo4jtest"
)

// seedDir is the seed corpus: five articles about the series Ballard.
const seedDir = "../../sources/ballard"

// seedGraph runs the real pipeline on the seed corpus.
func seedGraph(t *testing.T) *graph.Graph {
	t.Helper()
	return pipelinetest.Graph(t, seedDir)
}

// TestQuerySeed is what a person does first: ingest the seed corpus into
// Neo4j and ask for the cast of Ballard, both through kg's command line.
// The table must hold Maggie Q as Renée Ballard and Courtney Taylor as
// Zamira Parker once each, and never the variant spelling Samira Parker.
func TestQuerySeed(t *testing.T) {
	neo4jtest.Open(t, 0) // empties the database and holds it for this test
	if code, _, stderr := runKG(t, "--neo4j", "ingest", seedDir); code != 0 {
		t.Fatalf("kg --neo4j ingest %s: exit %d: %s", seedDir, code, stderr)
	}
	code, stdout, stderr := runKG(t, "--neo4j", "query", "cast", "--param", "series=Ballard")
	if code != 0 {
		t.Fatalf("kg --neo4j query cast: exit %d: %s", code, stderr)
	}
	tests := []struct {
		name  string
		line  *regexp.Regexp
		count int
	}{
		{"header", regexp.MustCompile(`(?m)^series +actor +character$`), 1},
		{"Maggie Q plays Renée Ballard", regexp.MustCompile(`(?m)^Ballard +Maggie Q +Renée Ballard$`), 1},
		{"Courtney Taylor plays Zamira Parker", regexp.MustCompile(`(?m)^Ballard +Courtney Taylor +Zamira Parker$`), 1},
		{"no variant spelling", regexp.MustCompile(`Samira`), 0},
		{"row count", regexp.MustCompile(`(?m)^\(\d+ rows\)$`), 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if n := len(tt.line.FindAllString(stdout, -1)); n != tt.count {
				t.Errorf("%d lines match %s, want %d:\n%s", n, tt.line, tt.count, stdout)
			}
		})
	}
}
