package export

import (
	"github.com/kgbuild/kg/graph"
)

// Neighbourhood returns the part of g within depth relation hops of the
// entities in start, following relations in both directions: what a person
// asks to see when the whole graph is too big to draw. Documents and
// mentions are kept only for the entities kept. Depth 0 keeps the start
// entities alone; unknown ids in start are ignored.
func Neighbourhood(g *graph.Graph, start []string, depth int) *graph.Graph {
	exists := make(map[string]bool, len(g.Entities))
	for _, e := range g.Entities {
		exists[e.ID] = true
	}
	adj := map[string][]string{}
	for _, r := range g.Relations {
		adj[r.From] = append(adj[r.From], r.To)
		adj[r.To] = append(adj[r.To], r.From)
	}
	keep := map[string]bool{}
	var frontier []string
	for _, id := range start {
		if exists[id] && !keep[id] {
			keep[id] = true
			frontier = append(frontier, id)
		}
	}
	for d := 0; d < depth && len(frontier) > 0; d++ {
		var next []string
		for _, id := range frontier {
			for _, n := range adj[id] {
				if exists[n] && !keep[n] {
					keep[n] = true
					next = append(next, n)
				}
			}
		}
		frontier = next
	}

	out := &graph.Graph{}
	for _, e := range g.Entities {
		if keep[e.ID] {
			out.Entities = append(out.Entities, e)
		}
	}
	for _, r := range g.Relations {
		if keep[r.From] && keep[r.To] {
			out.Relations = append(out.Relations, r)
		}
	}
	docs := map[string]bool{}
	for _, m := range g.Mentions {
		if keep[m.Entity] {
			out.Mentions = append(out.Mentions, m)
			docs[m.Document] = true
		}
	}
	for _, d := range g.Documents {
		if docs[d.ID] {
			out.Documents = append(out.Documents, d)
		}
	}
	out.Sort()
	return out
}
