package pipeline

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/names"
)

// TestIDsSurviveAMergeThatRenames checks the id rule: a document added
// later may change an entity's canonical name (the encyclopedia page spells
// "Zamira" where three others say "Samira"), yet the entity keeps the id
// users already saw; and an entity the new document does not touch keeps
// its id too.
func TestIDsSurviveAMergeThatRenames(t *testing.T) {
	all, err := filepath.Glob("../sources/ballard/*.txt")
	if err != nil || len(all) != 5 {
		t.Fatalf("sources: %v %v", all, err)
	}
	var without []string
	for _, f := range all {
		if filepath.Base(f) != "002_ee6f08d6101e13f5.txt" {
			without = append(without, f)
		}
	}
	run := func(paths []string, prev *graph.Graph) *graph.Graph {
		t.Helper()
		p, err := New(Config{Previous: prev})
		if err != nil {
			t.Fatal(err)
		}
		res, err := p.Run(context.Background(), paths)
		if err != nil {
			t.Fatal(err)
		}
		return res.Graph
	}
	find := func(g *graph.Graph, name string) graph.Entity {
		t.Helper()
		for _, e := range g.Entities {
			if names.Fold(e.Name) == names.Fold(name) {
				return e
			}
			for _, a := range e.Aliases {
				if names.Fold(a) == names.Fold(name) {
					return e
				}
			}
		}
		t.Fatalf("no entity named %q", name)
		return graph.Entity{}
	}
	first := run(without, nil)
	before := find(first, "Samira Parker")
	if before.Name != "Samira Parker" {
		t.Fatalf("without the encyclopedia page the canonical name is %q, want Samira Parker", before.Name)
	}
	second := run(all, first)
	after := find(second, "Samira Parker")
	if after.Name != "Zamira Parker" {
		t.Errorf("with the encyclopedia page the canonical name is %q, want Zamira Parker", after.Name)
	}
	if after.ID != before.ID {
		t.Errorf("id changed from %s to %s when the name did", before.ID, after.ID)
	}
	if a, b := find(first, "Maggie Q").ID, find(second, "Maggie Q").ID; a != b {
		t.Errorf("Maggie Q's id changed from %s to %s", a, b)
	}
	// Without the previous graph the id follows the new canonical name.
	if fresh := find(run(all, nil), "Zamira Parker"); fresh.ID == before.ID {
		t.Errorf("a fresh build reused the id %s: the rule is not what gave stability", fresh.ID)
	}
}
