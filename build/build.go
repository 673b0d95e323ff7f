package build

import (
	"sync"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/resolve"
	"github.com/kgbuild/kg/sources"
)

// Builder is the build stage: it turns reconciled entities and the claims
// of every document into the graph: documents, entities, MENTIONED_IN
// counts, fact edges with their supporting documents and sentences, the
// facts inferred from them, and the conflicts between documents.
//
// It reads the extractions and the resolution side by side and changes
// neither: the entity each mention names comes from the resolution's
// links, its type from the entity. Of the extractions it reads the
// documents, claims and facts, not the mentions: a caller may let go of
// them (set Mentions to nil) once the links are made.
type Builder struct {
	// Consume lets Run set each extraction's Claims to nil once it has
	// made their edges, for a caller that reads the extractions no more:
	// on a large corpus the claims are a good part of the build's memory,
	// and nothing after the edges reads them.
	Consume bool
}

// Run builds the graph.
func (b Builder) Run(xs []*extract.Extraction, res resolve.Resolved) *graph.Graph {
	g := &graph.Graph{Entities: res.Entities}
	// The mention counts and the spelling conflicts read the extractions
	// and the entities only, each into its own list: they are made while
	// the relations are.
	var spelling []graph.Conflict
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		g.Mentions = mentionCounts(xs, res.Links)
	}()
	go func() {
		defer wg.Done()
		spelling = spellingConflicts(g.Entities, xs)
	}()
	es := newEdges(res.Entities)
	var includes []inclusion
	for _, x := range xs {
		g.Documents = append(g.Documents, document(x.Doc))
		includes = append(includes, es.claims(x, res.Links[x.Doc.ID])...)
		if b.Consume {
			x.Claims = nil
		}
	}
	inferIncluded(es, includes)
	wg.Wait()
	inferTitleRoles(es, g.Entities, mentionTotals(g.Mentions))
	inferCharacterSeries(es)
	g.Relations = es.relations()
	g.Conflicts = append(spelling, factConflicts(xs, res.Links, g)...)
	g.Sort()
	return g
}

// document is the graph's record of a source document.
func document(d *sources.Document) graph.Document {
	return graph.Document{ID: d.ID, Path: d.Path, Title: d.Title, Kind: d.Kind, Date: d.Date, Hash: d.Hash, Size: d.Size()}
}

// mentionTotals counts each entity's mentions in the whole corpus.
func mentionTotals(ms []graph.Mention) map[string]int {
	out := map[string]int{}
	for _, m := range ms {
		out[m.Entity] += m.Count
	}
	return out
}

// mentionCounts counts, for each entity and document, the mentions of the
// entity there: the MENTIONED_IN edges. It reads the links, one a
// mention, not the mentions, which a caller may have let go (see Run).
// The counts are made a document at a time, in a map used for each: a
// map of every entity and document held the whole corpus's counts twice.
// The order of the list is Sort's to set.
func mentionCounts(xs []*extract.Extraction, links map[string][]string) []graph.Mention {
	var out []graph.Mention
	counts := map[string]int{}
	for _, x := range xs {
		clear(counts)
		for _, id := range links[x.Doc.ID] {
			if id != "" {
				counts[id]++
			}
		}
		for id, n := range counts {
			out = append(out, graph.Mention{Entity: id, Document: x.Doc.ID, Count: n})
		}
	}
	return out
}
