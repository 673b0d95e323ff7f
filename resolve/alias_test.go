package resolve

import (
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

func TestExplicitAlias(t *testing.T) {
	const st = extract.SigStructure
	runRuleCases(t, []ruleCase{
		{
			name: "also-known-as",
			docs: []doc{
				{id: "wiki", ms: []extract.Mention{alias(men("Harbor: Nightfall", graph.Series, st), "Nightfall")}},
				{id: "listing", ms: []extract.Mention{men("Nightfall", graph.Series, st)}},
			},
			want: []string{"Series{Harbor: Nightfall, Nightfall} by explicit-alias"},
		},
		{
			name: "an-alias-nobody-uses-joins-nothing",
			docs: []doc{
				{id: "wiki", ms: []extract.Mention{alias(men("Harbor: Nightfall", graph.Series, st), "Nightfall")}},
			},
			want: []string{"Series{Harbor: Nightfall}"},
		},
		{
			name: "an-alias-of-another-type-joins-nothing",
			docs: []doc{
				{id: "wiki", ms: []extract.Mention{alias(men("Nightfall Films", graph.Organization, st), "Nightfall")}},
				{id: "listing", ms: []extract.Mention{men("Nightfall", graph.Series, st)}},
			},
			want: []string{"Organization{Nightfall Films}", "Series{Nightfall}"},
		},
	})
}
