package main

import (
	"sort"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/names"
)

// findEntities returns the entities that name designates: the entity whose
// id it is, else every entity with a canonical name, alias or spelling
// variant equal to it once accents, case and punctuation are folded away
// (the same key reconciliation merges by), in id order. A person types
// "renee ballard" or a spelling one document used ("Samira Parker"), and
// several entities can share a name (an actor and the character named
// after them), so all are returned. It is the one way cmd/kg finds an
// entity by name, so every command finds the same ones.
func findEntities(g *graph.Graph, name string) []graph.Entity {
	for _, e := range g.Entities {
		if e.ID == name {
			return []graph.Entity{e}
		}
	}
	key := names.Fold(name)
	if key == "" {
		return nil
	}
	var out []graph.Entity
	for _, e := range g.Entities {
		if isCalled(e, key) {
			out = append(out, e)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// isCalled reports whether one of e's names folds to key.
func isCalled(e graph.Entity, key string) bool {
	if names.Fold(e.Name) == key {
		return true
	}
	for _, a := range e.Aliases {
		if names.Fold(a) == key {
			return true
		}
	}
	for _, v := range e.Variants {
		if names.Fold(v.Name) == key {
			return true
		}
	}
	return false
}

// entityIDs lists the ids of es, in their order.
func entityIDs(es []graph.Entity) []string {
	ids := make([]string, len(es))
	for i, e := range es {
		ids[i] = e.ID
	}
	return ids
}
