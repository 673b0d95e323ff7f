package resolve

import (
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

func TestLoneSlip(t *testing.T) {
	const st, lex = extract.SigStructure, extract.SigLexicon
	pl := func(name string) extract.Mention { return men(name, graph.Place, lex) }
	ch := func(name string) extract.Mention { return men(name, graph.Character, st) }
	page := func(id string, ms ...extract.Mention) doc { return doc{id: id, ms: ms} }
	runRuleCases(t, []ruleCase{
		{
			name: "a-place-misspelt-in-one-document",
			docs: []doc{page("review", block(pl("Marrowdale"), 1), block(pl("Marrowdael"), 2))},
			want: []string{"Place{Marrowdael, Marrowdale} by lone-slip"},
		},
		{
			name: "a-character-across-pages",
			docs: []doc{page("wiki", ch("Quillenbury")), page("recap", ch("Quilenbury"))},
			want: []string{"Character{Quilenbury, Quillenbury} by lone-slip"},
		},
		{
			name: "lone-words-the-short-name-rule-placed",
			docs: []doc{page("wiki", men("Quillenbury", graph.Character, lex)), page("recap", men("Quilenbury", graph.Character, lex))},
			want: []string{"Character{Quilenbury, Quillenbury} by lone-slip-placed"},
		},
		{
			name: "eight-letters-are-too-few",
			docs: []doc{page("news", block(pl("Tarnmoor"), 1), block(pl("Tarnmoar"), 2))},
			want: []string{"Place{Tarnmoar}", "Place{Tarnmoor}"},
		},
		{
			name: "two-known-given-names-are-two",
			docs: []doc{page("wiki", ch("Francesca")), page("recap", ch("Francesco"))},
			want: []string{"Character{Francesca}", "Character{Francesco}"},
		},
		{
			name: "written-side-by-side",
			docs: []doc{page("review", pl("Marrowdale"), pl("Marrowdael"))},
			want: []string{"Place{Marrowdael}", "Place{Marrowdale}"},
		},
		{
			name: "two-candidates-join-neither",
			docs: []doc{page("a", ch("Quillenbury")), page("b", ch("Quilenbury")), page("c", ch("Quillenburry"))},
			want: []string{"Character{Quilenbury}", "Character{Quillenburry}", "Character{Quillenbury}"},
		},
		{
			name: "other-types-stay-apart",
			docs: []doc{page("wiki", ch("Quillenbury")), page("recap", pl("Quilenbury"))},
			want: []string{"Character{Quillenbury}", "Place{Quilenbury}"},
		},
	})
}
