package resolve

import (
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

func TestAcronymTail(t *testing.T) {
	const st = extract.SigStructure
	org := func(name string) extract.Mention { return men(name, graph.Organization, st) }
	two := func(a, b extract.Mention) []doc {
		return []doc{{id: "wiki", ms: []extract.Mention{a}}, {id: "news", ms: []extract.Mention{b}}}
	}
	runRuleCases(t, []ruleCase{
		{
			name: "police-department",
			docs: two(org("Harbor City Police Department"), org("Harbor City PD")),
			want: []string{"Organization{Harbor City PD, Harbor City Police Department} by acronym-tail"},
		},
		{
			name: "little-words-left-out",
			docs: two(org("Lumen Department of Justice"), org("Lumen DJ")),
			want: []string{"Organization{Lumen DJ, Lumen Department of Justice} by acronym-tail"},
		},
		{
			name: "two-names-fit",
			docs: []doc{{id: "wiki", ms: []extract.Mention{org("Harbor City Police Department"), org("Harbor City Public Defender")}}, {id: "news", ms: []extract.Mention{org("Harbor City PD")}}},
			want: []string{"Organization{Harbor City PD}", "Organization{Harbor City Police Department}", "Organization{Harbor City Public Defender}"},
		},
		{
			name: "other-first-words",
			docs: two(org("Harbor Town Police Department"), org("Harbor City PD")),
			want: []string{"Organization{Harbor City PD}", "Organization{Harbor Town Police Department}"},
		},
		{
			name: "not-in-capitals",
			docs: two(org("Harbor City Police Department"), org("Harbor City Pd")),
			want: []string{"Organization{Harbor City Pd}", "Organization{Harbor City Police Department}"},
		},
	})
}
