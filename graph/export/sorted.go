package export

import (
	"fmt"
	"sort"
	"strings"

	"github.com/kgbuild/kg/graph"
)

// DocumentType is the type (and, in Cypher, the label) given to document
// nodes. It is not one of graph.EntityTypes because documents are sources,
// not things the documents talk about.
const DocumentType = "Document"

// MentionedIn is the relationship type of the edge from an entity to a
// document that names it.
const MentionedIn = "MENTIONED_IN"

// sortedCopy returns a copy of g in canonical order (see graph.SortedCopy).
func sortedCopy(g *graph.Graph) *graph.Graph { return g.SortedCopy() }

// checkRefs reports the first relation or mention whose end is not a node
// of g: formats that name edge ends by node id would otherwise write a
// dangling edge that the reading tool rejects or silently drops.
func checkRefs(g *graph.Graph, withMentions bool) error {
	entities := make(map[string]bool, len(g.Entities))
	for _, e := range g.Entities {
		entities[e.ID] = true
	}
	for _, r := range g.Relations {
		for _, end := range []string{r.From, r.To} {
			if !entities[end] {
				return fmt.Errorf("relation %s: unknown entity %q", r.Key(), end)
			}
		}
	}
	if !withMentions {
		return nil
	}
	docs := make(map[string]bool, len(g.Documents))
	for _, d := range g.Documents {
		docs[d.ID] = true
	}
	for _, m := range g.Mentions {
		if !entities[m.Entity] {
			return fmt.Errorf("mention %s in %s: unknown entity %q", m.Entity, m.Document, m.Entity)
		}
		if !docs[m.Document] {
			return fmt.Errorf("mention %s in %s: unknown document %q", m.Entity, m.Document, m.Document)
		}
	}
	return nil
}

// sortedStrings returns a sorted copy of s.
func sortedStrings(s []string) []string {
	c := append([]string(nil), s...)
	sort.Strings(c)
	return c
}

// documentName is what a document node is called: its title, or its path
// when it has none.
func documentName(d graph.Document) string {
	if strings.TrimSpace(d.Title) != "" {
		return d.Title
	}
	return d.Path
}
