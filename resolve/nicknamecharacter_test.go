package resolve

import (
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

func TestNicknameCharacter(t *testing.T) {
	full := conf(men("Gary “Spud” Rourke", graph.Person, extract.SigShape), 0.4)
	lone := conf(men("Spud", graph.Character, extract.SigShape), 0.4)
	recap := doc{id: "recap", ms: []extract.Mention{lone}}
	runRuleCases(t, []ruleCase{
		{
			name: "a nickname a recap calls a character",
			docs: []doc{recap, {id: "review", ms: []extract.Mention{full}}},
			want: []string{"Character{Gary “Spud” Rourke, Spud} by lone-nickname typed by character-by-nickname"},
		},
		{
			name: "a nickname also a person's alone",
			docs: []doc{recap, {id: "review", ms: []extract.Mention{full}}, {id: "news", ms: []extract.Mention{men("Spud", graph.Person, extract.SigPattern)}}},
			want: []string{"Person{Gary “Spud” Rourke, Spud} by lone-nickname typed by type-votes"},
		},
		{
			name: "a character named in full by the nickname",
			docs: []doc{recap, {id: "review", ms: []extract.Mention{full}}, {id: "page", ms: []extract.Mention{men("Spud Tolley", graph.Character, extract.SigStructure)}}},
			want: []string{"Character{Spud Tolley}", "Character{Spud}", "Person{Gary “Spud” Rourke}"},
		},
		{
			name: "a person by a pattern elsewhere stays a person",
			docs: []doc{recap, {id: "review", ms: []extract.Mention{full}}, {id: "news", ms: []extract.Mention{men("Gary “Spud” Rourke", graph.Person, extract.SigPattern)}}},
			want: []string{"Character{Spud}", "Person{Gary “Spud” Rourke}"},
		},
		{
			name: "no nickname alone keeps the guess",
			docs: []doc{{id: "review", ms: []extract.Mention{full}}},
			want: []string{"Person{Gary “Spud” Rourke}"},
		},
	})
}
