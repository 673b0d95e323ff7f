package resolve

import (
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

func TestLoneNameSameActor(t *testing.T) {
	const st, pt = extract.SigStructure, extract.SigPattern
	// cast is a document where actor plays character.
	cast := func(id, actor, character, signal string) doc {
		return doc{id: id, ms: []extract.Mention{men(actor, graph.Person, signal), men(character, graph.Character, signal)},
			cs: []extract.Claim{claim(0, predPlays, 1)}}
	}
	runRuleCases(t, []ruleCase{
		{
			name: "surname-same-actor",
			docs: []doc{cast("listing", "Lena Marsh", "Odile Varnay", st), cast("recap", "Lena Marsh", "Varnay", pt)},
			want: []string{"Character{Odile Varnay, Varnay} by lone-name-same-actor", "Person{Lena Marsh}"},
		},
		{
			name: "given-name-same-actor",
			docs: []doc{cast("listing", "Lena Marsh", "Odile Varnay", st), cast("recap", "Lena Marsh", "Odile", pt)},
			want: []string{"Character{Odile, Odile Varnay} by lone-name-same-actor", "Person{Lena Marsh}"},
		},
		{
			name: "surname-one-letter-off-same-actor",
			docs: []doc{cast("wiki", "Lena Marsh", "Odile Varnays", st), cast("review", "Lena Marsh", "Varnay", pt)},
			want: []string{"Character{Odile Varnays, Varnay} by lone-name-same-actor", "Person{Lena Marsh}"},
		},
		{
			name: "other-actor",
			docs: []doc{cast("listing", "Lena Marsh", "Odile Varnay", st), cast("recap", "Kurt Dahl", "Varnay", pt)},
			want: []string{"Character{Odile Varnay}", "Character{Varnay}", "Person{Kurt Dahl}", "Person{Lena Marsh}"},
		},
		{
			name: "short-word-one-letter-off",
			docs: []doc{cast("wiki", "Lena Marsh", "Odile Vary", st), cast("review", "Lena Marsh", "Vay", pt)},
			want: []string{"Character{Odile Vary}", "Character{Vay}", "Person{Lena Marsh}"},
		},
		{
			name: "two-longer-names-fit",
			docs: []doc{cast("wiki", "Lena Marsh", "Odile Varnay", st), cast("wiki2", "Lena Marsh", "Agnes Varnay", st),
				cast("review", "Lena Marsh", "Varnay", pt)},
			want: []string{"Character{Agnes Varnay}", "Character{Odile Varnay}", "Character{Varnay}", "Person{Lena Marsh}"},
		},
		{
			name: "word-inside-name",
			docs: []doc{cast("wiki", "Lena Marsh", "Odile Varnay Quist", st), cast("review", "Lena Marsh", "Varnay", pt)},
			want: []string{"Character{Odile Varnay Quist}", "Character{Varnay}", "Person{Lena Marsh}"},
		},
	})
}
