package resolve

import (
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

func TestSlipSameKin(t *testing.T) {
	const st, pat = extract.SigStructure, extract.SigPattern
	lead := men("Nora Vance", graph.Character, st)
	kin := func(name, detail string) doc {
		c := claim(1, predRelative, 0)
		c.Detail = detail
		return doc{id: name, ms: []extract.Mention{lead, men(name, graph.Character, pat)}, cs: []extract.Claim{c}}
	}
	both := kin("Maren", "sister")
	both.id = "both"
	both.ms = append(both.ms, men("Marin", graph.Character, pat))
	runRuleCases(t, []ruleCase{
		{
			name: "two pages give the lead a sister spelt a letter apart",
			docs: []doc{kin("Maren", "sister"), kin("Marin", "sister")},
			want: []string{"Character{Maren, Marin} by slip-same-kin", "Character{Nora Vance}"},
		},
		{
			name: "other kinship words",
			docs: []doc{kin("Maren", "sister"), kin("Marin", "daughter")},
			want: []string{"Character{Maren}", "Character{Marin}", "Character{Nora Vance}"},
		},
		{
			name: "more than one slip apart",
			docs: []doc{kin("Maren", "sister"), kin("Morin", "sister")},
			want: []string{"Character{Maren}", "Character{Morin}", "Character{Nora Vance}"},
		},
		{
			name: "one page writes both",
			docs: []doc{both, kin("Marin", "sister")},
			want: []string{"Character{Maren}", "Character{Marin}", "Character{Nora Vance}"},
		},
	})
}
