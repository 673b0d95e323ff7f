package resolve

import (
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

func TestGuessedSlip(t *testing.T) {
	const shape, pat = extract.SigShape, extract.SigPattern
	guess := func(name string) extract.Mention { return conf(men(name, graph.Person, shape), 0.4) }
	runRuleCases(t, []ruleCase{
		{
			name: "a-guessed-slip-of-a-character-in-one-document-joins-it",
			docs: []doc{
				{id: "a", ms: []extract.Mention{men("Ivy Coleman", graph.Character, pat), block(guess("Ivy Colemen"), 1)}},
			},
			want: []string{"Character{Ivy Coleman, Ivy Colemen} by spelling-variant typed by guessed-slip"},
		},
		{
			name: "a-slip-in-another-document-stays",
			docs: []doc{
				{id: "a", ms: []extract.Mention{men("Ivy Coleman", graph.Character, pat)}},
				{id: "b", ms: []extract.Mention{guess("Ivy Colemen")}},
			},
			want: []string{"Character{Ivy Coleman}", "Person{Ivy Colemen}"},
		},
		{
			name: "a-guess-near-two-characters-stays",
			docs: []doc{
				{id: "a", ms: []extract.Mention{men("Ivy Coleman", graph.Character, pat), men("Ivy Colemon", graph.Character, pat), block(guess("Ivy Colemen"), 1)}},
			},
			want: []string{"Character{Ivy Coleman}", "Character{Ivy Colemon}", "Person{Ivy Colemen}"},
		},
		{
			name: "a-cue-typed-person-stays",
			docs: []doc{
				{id: "a", ms: []extract.Mention{men("Ivy Coleman", graph.Character, pat), block(conf(men("Ivy Colemen", graph.Person, pat), 0.7), 1)}},
			},
			want: []string{"Character{Ivy Coleman}", "Person{Ivy Colemen}"},
		},
	})
}
