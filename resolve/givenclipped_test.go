package resolve

import (
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

func TestGivenClipped(t *testing.T) {
	const st = extract.SigStructure
	ch := func(name string) extract.Mention { return men(name, graph.Character, st) }
	page := func(id string, ms ...extract.Mention) doc { return doc{id: id, ms: ms} }
	runRuleCases(t, []ruleCase{
		{
			name: "clipped",
			docs: []doc{page("wiki", ch("Dexter Morgan")), page("recap", ch("Dex Morgan"))},
			want: []string{"Character{Dex Morgan, Dexter Morgan} by given-name-clipped"},
		},
		{
			name: "clipped-fitting-two-joins-neither",
			docs: []doc{page("a", ch("Dexter Morgan")), page("b", ch("Dexia Morgan")), page("c", ch("Dex Morgan"))},
			want: []string{"Character{Dex Morgan}", "Character{Dexia Morgan}", "Character{Dexter Morgan}"},
		},
		{
			name: "clipped-both-in-one-document-stays-apart",
			docs: []doc{page("a", ch("Dexter Morgan"), ch("Dex Morgan"))},
			want: []string{"Character{Dex Morgan}", "Character{Dexter Morgan}"},
		},
		{
			name: "two-listed-names-are-not-clipped",
			docs: []doc{page("a", ch("Jane Doyle")), page("b", ch("Janet Doyle"))},
			want: []string{"Character{Jane Doyle}", "Character{Janet Doyle}"},
		},
	})
}
