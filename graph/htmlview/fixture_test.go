package htmlview

import "github.com/kgbuild/kg/graph"

// fixture is a small hand-made graph around Renée Ballard: every entity
// type, a symmetric predicate, spellings with their documents, a conflict,
// an entity with no relation, a relation to an entity the graph lacks, and
// names that are markup.
func fixture() *graph.Graph {
	return &graph.Graph{
		Documents: []graph.Document{
			{ID: "doc-ballard", Path: "sources/ballard.txt", Title: "Ballard (TV series)", Kind: "encyclopedia", Hash: "h1", Size: 120},
			{ID: "doc-news", Path: "/home/someone/sources/news.txt", Kind: "news", Date: "2025-07-10", Hash: "h2", Size: 80},
		},
		Entities: []graph.Entity{
			{ID: "character:renee-ballard", Type: graph.Character, Name: "Renée Ballard", Aliases: []string{"Renee Ballard", "Ballard"},
				Roles: []string{"detective"}, Merges: []string{"exact folded match: \"Renée Ballard\" = \"Renee Ballard\""},
				Variants: []graph.Variant{
					{Name: "Renée Ballard", Documents: map[string]int{"doc-ballard": 5, "doc-news": 2}},
					{Name: "Renee Ballard", Documents: map[string]int{"doc-news": 1}},
				}},
			{ID: "person:maggie-q", Type: graph.Person, Name: "Maggie Q"},
			{ID: "character:tutu", Type: graph.Character, Name: "Tutu"},
			{ID: "series:ballard", Type: graph.Series, Name: "Ballard"},
			{ID: "book:the-late-show", Type: graph.Book, Name: "The Late Show"},
			{ID: "org:lapd", Type: graph.Organization, Name: `</script><img src=x onerror="alert(1)">`},
			{ID: "place:los-angeles", Type: graph.Place, Name: "Los Angeles"},
			{ID: "person:nobody", Type: graph.Person, Name: "Nobody"},
		},
		Relations: []graph.Relation{
			{From: "person:maggie-q", Type: "PLAYS", To: "character:renee-ballard", Sources: []string{"doc-ballard"}, Confidence: 0.9,
				Evidence: []graph.Evidence{{Document: "doc-ballard", Text: "Maggie Q as Renée Ballard.", Start: 10, End: 36}}},
			{From: "character:renee-ballard", Type: "APPEARS_IN", To: "series:ballard", Sources: []string{"doc-ballard", "doc-news"}},
			{From: "character:renee-ballard", Type: "RELATIVE_OF", To: "character:tutu", Detail: "grandmother", Sources: []string{"doc-ballard"}},
			{From: "character:renee-ballard", Type: "MEMBER_OF", To: "org:lapd", Sources: []string{"doc-news"},
				Evidence: []graph.Evidence{{Document: "doc-news", Text: "She joined the <LAPD> & stayed.\u2028", Start: 0, End: 30}}},
			{From: "series:ballard", Type: "BASED_ON", To: "book:the-late-show", Sources: []string{"doc-ballard"}},
			{From: "series:ballard", Type: "SET_IN", To: "place:los-angeles", Sources: []string{"doc-ballard"}},
			{From: "series:ballard", Type: "AIRS_ON", To: "org:missing", Sources: []string{"doc-ballard"}},
		},
		Mentions: []graph.Mention{
			{Entity: "character:renee-ballard", Document: "doc-ballard", Count: 7},
			{Entity: "character:renee-ballard", Document: "doc-news", Count: 3},
			{Entity: "person:maggie-q", Document: "doc-ballard", Count: 2},
		},
		Conflicts: []graph.Conflict{
			{ID: "spelling:character:renee-ballard", Kind: "spelling", Subject: "character:renee-ballard", Topic: "name of Renée Ballard",
				Values: []graph.ConflictValue{
					{Value: "Renee Ballard", Documents: []string{"doc-news"}},
					{Value: "Renée Ballard", Documents: []string{"doc-ballard"}},
				}},
			{ID: "fate:x", Kind: "fate", Subject: "Tutu", Values: []graph.ConflictValue{
				{Value: "alive", Documents: []string{"doc-unknown"}, Evidence: []string{"doc-unknown: Tutu lives."}},
			}},
		},
	}
}
