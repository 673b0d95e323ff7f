package resolve

import (
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

func TestGivenInitial(t *testing.T) {
	const st = extract.SigStructure
	ch := func(name string) extract.Mention { return men(name, graph.Character, st) }
	page := func(id string, ms ...extract.Mention) doc { return doc{id: id, ms: ms} }
	runRuleCases(t, []ruleCase{
		{
			name: "initial",
			docs: []doc{page("wiki", men("C. S. Lee", graph.Person, st)), page("news", men("Chris Lee", graph.Person, st))},
			want: []string{"Person{C. S. Lee, Chris Lee} by given-name-initial"},
		},
		{
			name: "initials-run-together-and-full-names",
			docs: []doc{page("wiki", men("Andrea Joy Cook", graph.Person, st)), page("news", men("A.J. Cook", graph.Person, st))},
			want: []string{"Person{A.J. Cook, Andrea Joy Cook} by given-name-initial"},
		},
		{
			name: "initial-of-two-names-joins-neither",
			docs: []doc{page("a", ch("John Reese")), page("b", ch("Jane Reese")), page("c", ch("J. Reese"))},
			want: []string{"Character{J. Reese}", "Character{Jane Reese}", "Character{John Reese}"},
		},
	})
}
