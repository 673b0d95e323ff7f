package build

import (
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
// links, its type from the entity.
type Builder struct{}

// Run builds the graph.
func (Builder) Run(xs []*extract.Extraction, res resolve.Resolved) *graph.Graph {
	g := &graph.Graph{Entities: res.Entities}
	es := newEdges(res.Entities)
	var includes []inclusion
	for _, x := range xs {
		g.Documents = append(g.Documents, document(x.Doc))
		includes = append(includes, es.claims(x, res.Links[x.Doc.ID])...)
	}
	inferIncluded(es, includes)
	g.Relations = es.relations()
	g.Mentions = mentionCounts(xs, res.Links)
	g.Conflicts = append(spellingConflicts(g.Entities, xs), factConflicts(xs, res.Links, g)...)
	g.Sort()
	return g
}

// document is the graph's record of a source document.
func document(d *sources.Document) graph.Document {
	return graph.Document{ID: d.ID, Path: d.Path, Title: d.Title, Kind: d.Kind, Date: d.Date, Hash: d.Hash, Size: len(d.Raw)}
}

// mentionCounts counts, for each entity and document, the mentions of the
// entity there: the MENTIONED_IN edges.
func mentionCounts(xs []*extract.Extraction, links map[string][]string) []graph.Mention {
	counts := map[[2]string]int{}
	for _, x := range xs {
		ids := links[x.Doc.ID]
		for i := range x.Mentions {
			if id := ids[i]; id != "" {
				counts[[2]string{id, x.Doc.ID}]++
			}
		}
	}
	var out []graph.Mention
	for k, n := range counts {
		out = append(out, graph.Mention{Entity: k[0], Document: k[1], Count: n})
	}
	return out
}
