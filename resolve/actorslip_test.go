package resolve

import (
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

func TestActorSlipSameRole(t *testing.T) {
	const st, pt = extract.SigStructure, extract.SigPattern
	// page is one document where each actor plays the character after it.
	page := func(id string, pairs ...string) doc {
		d := doc{id: id}
		for i := 0; i+1 < len(pairs); i += 2 {
			d.ms = append(d.ms, men(pairs[i], graph.Person, st), men(pairs[i+1], graph.Character, pt))
			d.cs = append(d.cs, claim(i, predPlays, i+1))
		}
		return d
	}
	runRuleCases(t, []ruleCase{
		{
			name: "one-page-both-spellings-one-role",
			docs: []doc{page("recap", "Lena Marsh", "Odile Varnay", "Lena Mersh", "Varnay")},
			want: []string{"Character{Odile Varnay, Varnay} by short-name-in-corpus", "Person{Lena Marsh, Lena Mersh} by actor-slip-same-role"},
		},
		{
			name: "same-full-role",
			docs: []doc{page("recap", "Lena Marsh", "Odile Varnay", "Lena Mersh", "Odile Varnay")},
			want: []string{"Character{Odile Varnay}", "Person{Lena Marsh, Lena Mersh} by actor-slip-same-role"},
		},
		{
			name: "other-roles",
			docs: []doc{page("recap", "Lena Marsh", "Odile Varnay", "Lena Mersh", "Agnes Quist")},
			want: []string{"Character{Agnes Quist}", "Character{Odile Varnay}", "Person{Lena Marsh}", "Person{Lena Mersh}"},
		},
		{
			name: "two-slips-apart",
			docs: []doc{page("recap", "Lena Marsh", "Odile Varnay", "Lena Morsk", "Odile Varnay")},
			want: []string{"Character{Odile Varnay}", "Person{Lena Marsh}", "Person{Lena Morsk}"},
		},
		{
			name: "given-names-of-their-own",
			docs: []doc{page("recap", "Joan Marsh", "Odile Varnay", "John Marsh", "Odile Varnay")},
			want: []string{"Character{Odile Varnay}", "Person{Joan Marsh}", "Person{John Marsh}"},
		},
	})
}
