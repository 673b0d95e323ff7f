package resolve

import (
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

func TestShortCharacter(t *testing.T) {
	shape := conf(men("Nora Vance", graph.Person, extract.SigShape), 0.4)
	kin := men("Nora", graph.Character, extract.SigShort)
	runRuleCases(t, []ruleCase{
		{
			name: "a lone first name a pattern made a character's",
			docs: []doc{{id: "interview", ms: []extract.Mention{shape, kin}}},
			want: []string{"Character{Nora, Nora Vance} by short-name-in-corpus typed by character-by-short-form"},
		},
		{
			name: "a lone surname a pattern made a character's",
			docs: []doc{{id: "recap", ms: []extract.Mention{shape, men("Vance", graph.Character, extract.SigPattern)}}},
			want: []string{"Character{Nora Vance, Vance} by short-name-in-corpus typed by character-by-short-form"},
		},
		{
			name: "a person by a pattern elsewhere stays a person",
			docs: []doc{
				{id: "interview", ms: []extract.Mention{shape, kin}},
				{id: "news", ms: []extract.Mention{men("Nora Vance", graph.Person, extract.SigPattern)}},
			},
			want: []string{"Character{Nora}", "Person{Nora Vance}"},
		},
		{
			name: "another character of the document has the word",
			docs: []doc{{id: "recap", ms: []extract.Mention{shape, kin, men("Nora Lane", graph.Character, extract.SigStructure)}}},
			want: []string{"Character{Nora, Nora Lane} by short-name-in-corpus", "Person{Nora Vance}"},
		},
		{
			name: "a lone word only the lexicon typed is no evidence",
			docs: []doc{{id: "recap", ms: []extract.Mention{shape, men("Nora", graph.Character, extract.SigLexicon)}}},
			want: []string{"Person{Nora Vance}", "Character{Nora}"},
		},
		{
			name: "in another document the lone word says nothing",
			docs: []doc{{id: "a", ms: []extract.Mention{shape}}, {id: "b", ms: []extract.Mention{kin}}},
			want: []string{"Character{Nora}", "Person{Nora Vance}"},
		},
	})
}
