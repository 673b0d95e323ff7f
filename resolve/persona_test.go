package resolve

import (
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

func TestPersonaAlias(t *testing.T) {
	const st, sh = extract.SigStructure, extract.SigShort
	// short is a lone word the text leaves untyped.
	short := func(name string) extract.Mention { return conf(men(name, "", sh), 0.5) }
	runRuleCases(t, []ruleCase{
		{
			name: "lone names of one character's personas join their full names",
			docs: []doc{
				{id: "a", ms: []extract.Mention{men("Ivy Cole", graph.Character, st), men("Nora Vance", graph.Character, st)}},
				{id: "b", ms: []extract.Mention{short("Ivy"), alias(short("Nora"), "Ivy")}},
			},
			want: []string{"Character{Ivy, Ivy Cole, Nora, Nora Vance} by short-name-in-corpus, short-name-in-corpus, persona-alias"},
		},
		{
			name: "two actors: two characters",
			docs: []doc{
				{id: "a", ms: []extract.Mention{men("Ivy Cole", graph.Character, st), men("Nora Vance", graph.Character, st),
					men("Lena Marsh", graph.Person, st), men("Ann Dale", graph.Person, st)},
					cs: []extract.Claim{claim(2, "PLAYS", 0), claim(3, "PLAYS", 1)}},
				{id: "b", ms: []extract.Mention{short("Ivy"), alias(short("Nora"), "Ivy")}},
			},
			want: []string{"Character{Ivy, Ivy Cole} by short-name-in-corpus", "Character{Nora, Nora Vance} by short-name-in-corpus",
				"Person{Lena Marsh}", "Person{Ann Dale}"},
		},
		{
			name: "related characters stay two",
			docs: []doc{
				{id: "a", ms: []extract.Mention{men("Ivy Cole", graph.Character, st), men("Nora Vance", graph.Character, st)},
					cs: []extract.Claim{claim(1, "RELATIVE_OF", 0)}},
				{id: "b", ms: []extract.Mention{short("Ivy"), alias(short("Nora"), "Ivy")}},
			},
			want: []string{"Character{Ivy, Ivy Cole} by short-name-in-corpus", "Character{Nora, Nora Vance} by short-name-in-corpus"},
		},
	})
}
