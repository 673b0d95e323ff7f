package resolve

import (
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

func TestLoneNickname(t *testing.T) {
	const st, pat = extract.SigStructure, extract.SigPattern
	series := men("Nightfall", graph.Series, st)
	page := doc{id: "page", ms: []extract.Mention{series, men(`Thomas "Ace" Brandt`, graph.Character, st)}}
	recap := func(ms ...extract.Mention) doc { return doc{id: "recap", ms: append([]extract.Mention{series}, ms...)} }
	ace := men("Ace", graph.Character, pat)
	runRuleCases(t, []ruleCase{
		{
			name: "a recap calls the character by the quoted nickname",
			docs: []doc{page, recap(ace)},
			want: []string{`Character{Ace, Thomas "Ace" Brandt} by lone-nickname`, "Series{Nightfall}"},
		},
		{
			name: "a two-word nickname",
			docs: []doc{{id: "page", ms: []extract.Mention{series, men(`Thomas "Big Tom" Brandt`, graph.Character, st)}}, recap(men("Big Tom", graph.Character, pat))},
			want: []string{`Character{Big Tom, Thomas "Big Tom" Brandt} by lone-nickname`, "Series{Nightfall}"},
		},
		{
			name: "another full name has the word",
			docs: []doc{page, recap(ace, block(men("Ace Vance", graph.Character, st), 1))},
			want: []string{`Character{Thomas "Ace" Brandt}`, "Character{Ace Vance}", "Character{Ace}", "Series{Nightfall}"},
		},
		{
			name: "two names quote the nickname",
			docs: []doc{page, recap(ace, men(`Tomas "Ace" Keel`, graph.Character, st))},
			want: []string{`Character{Thomas "Ace" Brandt}`, `Character{Tomas "Ace" Keel}`, "Character{Ace}", "Series{Nightfall}"},
		},
		{
			name: "pages of two series",
			docs: []doc{page, {id: "recap", ms: []extract.Mention{men("Harbor", graph.Series, st), ace}}},
			want: []string{`Character{Thomas "Ace" Brandt}`, "Character{Ace}", "Series{Harbor}", "Series{Nightfall}"},
		},
		{
			name: "the full name typed by its shape alone",
			docs: []doc{{id: "page", ms: []extract.Mention{series, men(`Thomas "Ace" Brandt`, graph.Person, extract.SigShape)}}, recap(ace)},
			want: []string{`Character{Ace, Thomas "Ace" Brandt} by lone-nickname typed by character-by-nickname`, "Series{Nightfall}"},
		},
		{
			name: "the full name a person's by a pattern",
			docs: []doc{{id: "page", ms: []extract.Mention{series, men(`Thomas "Ace" Brandt`, graph.Person, pat)}}, recap(ace)},
			want: []string{`Person{Thomas "Ace" Brandt}`, "Character{Ace}", "Series{Nightfall}"},
		},
		{
			name: "the nickname is a person's",
			docs: []doc{page, recap(men("Ace", graph.Person, pat))},
			want: []string{`Character{Thomas "Ace" Brandt}`, "Person{Ace}", "Series{Nightfall}"},
		},
	})
}
