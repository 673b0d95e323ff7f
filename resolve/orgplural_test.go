package resolve

import (
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

func TestOrgPlural(t *testing.T) {
	const st = extract.SigStructure
	org := func(name string) extract.Mention { return men(name, graph.Organization, st) }
	runRuleCases(t, []ruleCase{
		{
			name: "network-and-networks",
			docs: []doc{
				{id: "wiki", ms: []extract.Mention{org("Lumen Network")}},
				{id: "news", ms: []extract.Mention{org("Lumen Networks")}},
			},
			want: []string{"Organization{Lumen Network, Lumen Networks} by org-plural"},
		},
		{
			name: "one-word",
			docs: []doc{{id: "wiki", ms: []extract.Mention{org("Marine"), org("Marines")}}},
			want: []string{"Organization{Marine}", "Organization{Marines}"},
		},
		{
			name: "double-s",
			docs: []doc{{id: "wiki", ms: []extract.Mention{org("Lumen Pres"), org("Lumen Press")}}},
			want: []string{"Organization{Lumen Pres}", "Organization{Lumen Press}"},
		},
		{
			name: "places-stay-apart",
			docs: []doc{{id: "wiki", ms: []extract.Mention{men("Cedar Fall", graph.Place, st), men("Cedar Falls", graph.Place, st)}}},
			want: []string{"Place{Cedar Fall}", "Place{Cedar Falls}"},
		},
	})
}
