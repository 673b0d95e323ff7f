package storetest

import (
	"strings"

	"github.com/kgbuild/kg/graph"
)

// Sample returns a small hand-made graph that uses every part of the data
// model: all entity types, variants with per-document counts, evidence,
// symmetric and directed facts, mentions and a spelling conflict. Each call
// returns a fresh copy.
func Sample() *graph.Graph {
	return &graph.Graph{
		Documents: []graph.Document{
			{ID: "doc-000", Path: "sources/000.txt", Title: "Ballard (TV series)", Kind: "encyclopedia",
				Date: "2025-07-10", Hash: strings.Repeat("0", 64), Size: 5120},
			{ID: "doc-001", Path: "sources/001.txt", Title: "Review: Ballard", Kind: "review",
				Hash: strings.Repeat("1", 64), Size: 2048},
			{ID: "doc-002", Path: "sources/002.txt", Hash: strings.Repeat("2", 64), Size: 300},
		},
		Entities: []graph.Entity{
			{ID: "person-maggie-q", Type: graph.Person, Name: "Maggie Q", Aliases: []string{},
				Roles:    []string{"actor"},
				Variants: []graph.Variant{{Name: "Maggie Q", Documents: map[string]int{"doc-000": 2, "doc-001": 1}}}},
			{ID: "character-renee-ballard", Type: graph.Character, Name: "Renée Ballard",
				Aliases: []string{"Ballard", "Renee Ballard"},
				Variants: []graph.Variant{
					{Name: "Renée Ballard", Documents: map[string]int{"doc-000": 3, "doc-001": 1}},
					{Name: "Renee Ballard", Documents: map[string]int{"doc-002": 2}},
					{Name: "Ballard", Documents: map[string]int{"doc-000": 5, "doc-001": 4, "doc-002": 1}},
				},
				Merges: []string{"Renee Ballard ~ Renée Ballard: same name without accents"},
				Typing: []graph.TypeVote{
					{Type: graph.Character, Rule: "cast line character", Mentions: 6},
					{Type: graph.Series, Rule: "title word", Mentions: 1},
					{Type: graph.Character, Rule: "majority", Mentions: 1, Decided: true},
				}},
			{ID: "series-ballard", Type: graph.Series, Name: "Ballard", Aliases: []string{"Ballard (TV series)"}},
			{ID: "person-michael-connelly", Type: graph.Person, Name: "Michael Connelly", Aliases: []string{"Connelly"},
				Roles: []string{"author", "executive producer"}},
			{ID: "book-the-late-show", Type: graph.Book, Name: "The Late Show", Aliases: []string{}},
			{ID: "org-prime-video", Type: graph.Organization, Name: "Prime Video", Aliases: []string{"Amazon Prime Video"}},
			{ID: "place-los-angeles", Type: graph.Place, Name: "Los Angeles", Aliases: []string{"LA", "L.A."}},
			{ID: "character-tutu", Type: graph.Character, Name: "Tutu", Aliases: []string{},
				Typing: []graph.TypeVote{{Type: graph.Character, Rule: "relative", Mentions: 2}}},
		},
		Relations: []graph.Relation{
			{From: "person-maggie-q", Type: "PLAYS", To: "character-renee-ballard",
				Sources: []string{"doc-000", "doc-001"}, Confidence: 0.95,
				Evidence: []graph.Evidence{
					{Document: "doc-000", Text: "Maggie Q stars as Renée Ballard.", Start: 120, End: 152},
					{Document: "doc-001", Text: "Maggie Q is excellent as Ballard.", Start: 40, End: 73},
				}},
			{From: "person-maggie-q", Type: "STARS_IN", To: "series-ballard", Sources: []string{"doc-000"}},
			{From: "person-michael-connelly", Type: "WROTE", To: "book-the-late-show", Sources: []string{"doc-000"}},
			{From: "person-michael-connelly", Type: "CREATED", To: "series-ballard", Sources: []string{"doc-002"}},
			{From: "series-ballard", Type: "BASED_ON", To: "book-the-late-show", Sources: []string{"doc-000", "doc-002"}},
			{From: "series-ballard", Type: "AIRS_ON", To: "org-prime-video", Sources: []string{"doc-001"}},
			{From: "series-ballard", Type: "SET_IN", To: "place-los-angeles", Sources: []string{"doc-000"}},
			{From: "character-tutu", Type: "RELATIVE_OF", To: "character-renee-ballard", Detail: "grandmother",
				Sources:  []string{"doc-002"},
				Evidence: []graph.Evidence{{Document: "doc-002", Text: "Her grandmother Tutu lives in Ventura.", Start: 10, End: 48}}},
			{From: "character-renee-ballard", Type: "APPEARS_IN", To: "series-ballard", Sources: []string{"doc-000"}},
			{From: "character-tutu", Type: "APPEARS_IN", To: "series-ballard", Sources: []string{"doc-002"}},
		},
		Mentions: []graph.Mention{
			{Entity: "person-maggie-q", Document: "doc-000", Count: 2},
			{Entity: "person-maggie-q", Document: "doc-001", Count: 1},
			{Entity: "character-renee-ballard", Document: "doc-000", Count: 8},
			{Entity: "character-renee-ballard", Document: "doc-001", Count: 5},
			{Entity: "character-renee-ballard", Document: "doc-002", Count: 3},
			{Entity: "series-ballard", Document: "doc-000", Count: 4},
			{Entity: "person-michael-connelly", Document: "doc-002", Count: 1},
			{Entity: "character-tutu", Document: "doc-002", Count: 2},
			{Entity: "org-prime-video", Document: "doc-001", Count: 1},
		},
		Conflicts: []graph.Conflict{
			{ID: "conflict-spelling-renee", Kind: "spelling", Subject: "character-renee-ballard", Topic: "name",
				Values: []graph.ConflictValue{
					{Value: "Renée Ballard", Documents: []string{"doc-000", "doc-001"}},
					{Value: "Renee Ballard", Documents: []string{"doc-002"},
						Evidence: []string{"Renee Ballard works the late show."}},
				}},
		},
	}
}

// dropDocument removes a document and everything that only it supported,
// as re-ingestion does when a source file is deleted.
func dropDocument(g *graph.Graph, doc string) {
	g.Documents = filter(g.Documents, func(d graph.Document) bool { return d.ID != doc })
	g.Mentions = filter(g.Mentions, func(m graph.Mention) bool { return m.Document != doc })
	for i := range g.Entities {
		e := &g.Entities[i]
		for j := range e.Variants {
			delete(e.Variants[j].Documents, doc)
		}
		e.Variants = filter(e.Variants, func(v graph.Variant) bool { return len(v.Documents) > 0 })
	}
	for i := range g.Relations {
		r := &g.Relations[i]
		r.Sources = filter(r.Sources, func(s string) bool { return s != doc })
		r.Evidence = filter(r.Evidence, func(ev graph.Evidence) bool { return ev.Document != doc })
	}
	g.Relations = filter(g.Relations, func(r graph.Relation) bool { return len(r.Sources) > 0 })
	for i := range g.Conflicts {
		c := &g.Conflicts[i]
		for j := range c.Values {
			c.Values[j].Documents = filter(c.Values[j].Documents, func(s string) bool { return s != doc })
		}
		c.Values = filter(c.Values, func(v graph.ConflictValue) bool { return len(v.Documents) > 0 })
	}
	g.Conflicts = filter(g.Conflicts, func(c graph.Conflict) bool { return len(c.Values) > 1 })
}

// dropEntity removes an entity and every edge that touches it.
func dropEntity(g *graph.Graph, id string) {
	g.Entities = filter(g.Entities, func(e graph.Entity) bool { return e.ID != id })
	g.Relations = filter(g.Relations, func(r graph.Relation) bool { return r.From != id && r.To != id })
	g.Mentions = filter(g.Mentions, func(m graph.Mention) bool { return m.Entity != id })
}

func dropRelation(g *graph.Graph, key string) {
	g.Relations = filter(g.Relations, func(r graph.Relation) bool { return r.Key() != key })
}

func findRelation(g *graph.Graph, key string) *graph.Relation {
	for i := range g.Relations {
		if g.Relations[i].Key() == key {
			return &g.Relations[i]
		}
	}
	panic("storetest: no relation " + key)
}

func findEntity(g *graph.Graph, id string) *graph.Entity {
	for i := range g.Entities {
		if g.Entities[i].ID == id {
			return &g.Entities[i]
		}
	}
	panic("storetest: no entity " + id)
}

func filter[T any](s []T, keep func(T) bool) []T {
	var out []T
	for _, x := range s {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}
