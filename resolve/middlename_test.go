package resolve

import (
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

func TestMiddleName(t *testing.T) {
	const st = extract.SigStructure
	ch := func(name string) extract.Mention { return men(name, graph.Character, st) }
	page := func(id string, ms ...extract.Mention) doc { return doc{id: id, ms: ms} }
	runRuleCases(t, []ruleCase{
		{
			name: "middle-name",
			docs: []doc{page("wiki", ch("Debra Charlotte Morgan")), page("recap", ch("Debra Morgan"))},
			want: []string{"Character{Debra Charlotte Morgan, Debra Morgan} by middle-name"},
		},
		{
			name: "middle-name-by-initial",
			docs: []doc{page("wiki", ch("Michael Carlyle Hall")), page("recap", ch("Michael C. Hall"))},
			want: []string{"Character{Michael C. Hall, Michael Carlyle Hall} by middle-name"},
		},
		{
			name: "middle-name-two-candidates-joins-neither",
			docs: []doc{page("a", ch("Anna Rose Baker")), page("b", ch("Anna Lee Baker")), page("c", ch("Anna Baker"))},
			want: []string{"Character{Anna Baker}", "Character{Anna Lee Baker}", "Character{Anna Rose Baker}"},
		},
		{
			name: "other-middle-names-stay-apart",
			docs: []doc{page("a", ch("Anna Rose Baker")), page("b", ch("Anna Lee Baker"))},
			want: []string{"Character{Anna Lee Baker}", "Character{Anna Rose Baker}"},
		},
		{
			name: "generational-suffix-stays-apart",
			docs: []doc{page("a", ch("Harry Morgan")), page("b", ch("Harry James Morgan Jr."))},
			want: []string{"Character{Harry James Morgan Jr.}", "Character{Harry Morgan}"},
		},
		{
			name: "initials-run-together",
			docs: []doc{page("wiki", men("A. J. Cook", graph.Person, st)), page("news", men("AJ Cook", graph.Person, st))},
			want: []string{"Person{A. J. Cook, AJ Cook} by middle-name"},
		},
	})
}
