package export

import (
	"path/filepath"
	"testing"

	"github.com/kgbuild/kg/internal/golden"

	"github.com/kgbuild/kg/graph"
)

// fixture is a small hand-made graph around Renée Ballard: each entity type,
// a symmetric predicate, two documents, and names that need escaping in
// every format (quotes, a backslash, an apostrophe, non-ASCII letters).
func fixture() *graph.Graph {
	g := &graph.Graph{
		Documents: []graph.Document{
			{ID: "doc-ballard", Path: "sources/ballard.txt", Title: "Ballard (TV series)", Kind: "article", Hash: "h1", Size: 120},
			{ID: "doc-late-show", Path: "sources/late-show.txt", Hash: "h2", Size: 80},
		},
		Entities: []graph.Entity{
			{ID: "character:renee-ballard", Type: graph.Character, Name: "Renée Ballard", Aliases: []string{"Renee Ballard", "Ballard"},
				Roles: []string{"detective"}, Merges: []string{"accent-fold: Renee Ballard = Renée Ballard"},
				Variants: []graph.Variant{
					{Name: "Renée Ballard", Documents: map[string]int{"doc-ballard": 5, "doc-late-show": 2}},
					{Name: "Renee Ballard", Documents: map[string]int{"doc-late-show": 1}},
				}},
			{ID: "person:maggie-q", Type: graph.Person, Name: "Maggie Q", Aliases: []string{},
				Typing: []graph.TypeVote{{Type: graph.Person, Rule: "cast line actor", Mentions: 3},
					{Type: graph.Person, Rule: "majority", Decided: true}}},
			{ID: "character:harry-bosch", Type: graph.Character, Name: "Harry Bosch", Aliases: []string{"Hieronymus \"Harry\" Bosch"}},
			{ID: "character:tutu", Type: graph.Character, Name: "Tutu", Aliases: []string{"Tūtū"}},
			{ID: "series:ballard", Type: graph.Series, Name: "Ballard"},
			{ID: "book:the-late-show", Type: graph.Book, Name: "The Late Show"},
			{ID: "person:michael-connelly", Type: graph.Person, Name: "Michael Connelly"},
			{ID: "org:lapd", Type: graph.Organization, Name: `LAPD "Cold Case" Unit \ Hollywood`},
			{ID: "place:los-angeles", Type: graph.Place, Name: "Los Angeles", Aliases: []string{"L.A.", "LA's"}},
		},
		Relations: []graph.Relation{
			{From: "person:maggie-q", Type: "PLAYS", To: "character:renee-ballard", Sources: []string{"doc-ballard"}, Confidence: 0.9,
				Evidence: []graph.Evidence{{Document: "doc-ballard", Text: "Maggie Q plays Det. Renée 'Ballard'.", Start: 10, End: 46}}},
			{From: "person:maggie-q", Type: "STARS_IN", To: "series:ballard", Sources: []string{"doc-ballard"}},
			{From: "character:renee-ballard", Type: "APPEARS_IN", To: "series:ballard", Sources: []string{"doc-ballard"}},
			{From: "character:renee-ballard", Type: "APPEARS_IN", To: "book:the-late-show", Sources: []string{"doc-late-show"}},
			{From: "character:renee-ballard", Type: "PARTNER_OF", To: "character:harry-bosch", Sources: []string{"doc-late-show", "doc-ballard"}, Detail: "works cold cases\nwith him"},
			{From: "character:renee-ballard", Type: "RELATIVE_OF", To: "character:tutu", Detail: "grandmother", Sources: []string{"doc-ballard"}},
			{From: "character:renee-ballard", Type: "MEMBER_OF", To: "org:lapd", Sources: []string{"doc-ballard"}},
			{From: "person:michael-connelly", Type: "CREATED", To: "character:renee-ballard", Sources: []string{"doc-late-show"}},
			{From: "person:michael-connelly", Type: "WROTE", To: "book:the-late-show", Sources: []string{"doc-late-show"}},
			{From: "series:ballard", Type: "SET_IN", To: "place:los-angeles", Sources: []string{"doc-ballard"}},
			{From: "series:ballard", Type: "BASED_ON", To: "book:the-late-show", Sources: []string{"doc-ballard"}},
		},
		Conflicts: []graph.Conflict{
			{ID: "conflict:ballard-rank", Kind: "fact", Subject: "character:renee-ballard", Topic: "rank", Values: []graph.ConflictValue{
				{Value: "Detective", Documents: []string{"doc-late-show", "doc-ballard"}, Evidence: []string{"Detective Ballard"}},
				{Value: "Sergeant", Documents: []string{"doc-ballard"}},
			}},
			{ID: "conflict:spelling", Kind: "spelling", Subject: "Tutu"},
		},
		Mentions: []graph.Mention{
			{Entity: "character:renee-ballard", Document: "doc-ballard", Count: 7},
			{Entity: "character:renee-ballard", Document: "doc-late-show", Count: 3},
			{Entity: "person:maggie-q", Document: "doc-ballard", Count: 2},
			{Entity: "book:the-late-show", Document: "doc-late-show", Count: 1},
		},
	}
	return g
}

// goldenFile compares got with testdata/name, or rewrites the file with -update.
func goldenFile(t *testing.T, name string, got []byte) {
	t.Helper()
	golden.Check(t, filepath.Join("testdata", name), got)
}
