package resolve

import (
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

func TestOrgShortForm(t *testing.T) {
	const st, lex = extract.SigStructure, extract.SigLexicon
	runRuleCases(t, []ruleCase{
		{
			name: "the-end-of-one-longer-name",
			docs: []doc{
				{id: "wiki", ms: []extract.Mention{men("Amazon Prime Video", graph.Organization, st)}},
				{id: "listing", ms: []extract.Mention{men("Prime Video", graph.Organization, lex)}},
			},
			want: []string{"Organization{Amazon Prime Video, Prime Video} by org-short-form"},
		},
		{
			name: "part-of-two-longer-names",
			docs: []doc{
				{id: "wiki", ms: []extract.Mention{men("Amazon Prime Video", graph.Organization, st), men("Prime Video Studios", graph.Organization, st)}},
				{id: "listing", ms: []extract.Mention{men("Prime Video", graph.Organization, lex)}},
			},
			want: []string{"Organization{Amazon Prime Video}", "Organization{Prime Video Studios}", "Organization{Prime Video}"},
		},
		{
			name: "a-network-is-the-broadcaster",
			docs: []doc{
				{id: "wiki", ms: []extract.Mention{men("Halcyon Broadcasting", graph.Organization, st), men("Halcyon Studios", graph.Organization, st)}},
				{id: "listing", ms: []extract.Mention{men("Drift", graph.Series, st), men("Halcyon", graph.Organization, st)},
					cs: []extract.Claim{claim(0, predAirsOn, 1)}},
			},
			want: []string{"Organization{Halcyon, Halcyon Broadcasting} by broadcaster", "Organization{Halcyon Studios}", "Series{Drift}"},
		},
		{
			name: "not-a-network-no-broadcaster",
			docs: []doc{
				{id: "wiki", ms: []extract.Mention{men("Halcyon Broadcasting", graph.Organization, st), men("Halcyon Studios", graph.Organization, st)}},
				{id: "listing", ms: []extract.Mention{men("Halcyon", graph.Organization, st)}},
			},
			want: []string{"Organization{Halcyon Broadcasting}", "Organization{Halcyon Studios}", "Organization{Halcyon}"},
		},
	})
}
