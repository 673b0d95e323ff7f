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
				{id: "wiki", ms: []extract.Mention{men("Quill Harbor Video", graph.Organization, st), men("Harbor Video Studios", graph.Organization, st)}},
				{id: "listing", ms: []extract.Mention{men("Harbor Video", graph.Organization, lex)}},
			},
			want: []string{"Organization{Harbor Video Studios}", "Organization{Harbor Video}", "Organization{Quill Harbor Video}"},
		},
		{
			name: "a-network-is-the-broadcaster",
			docs: []doc{
				{id: "wiki", ms: []extract.Mention{men("Halcyon Broadcasting", graph.Organization, st), men("Halcyon Holdings", graph.Organization, st)}},
				{id: "listing", ms: []extract.Mention{men("Drift", graph.Series, st), men("Halcyon", graph.Organization, st)},
					cs: []extract.Claim{claim(0, predAirsOn, 1)}},
			},
			want: []string{"Organization{Halcyon, Halcyon Broadcasting} by broadcaster", "Organization{Halcyon Holdings}", "Series{Drift}"},
		},
		{
			name: "a-network-is-not-its-studio",
			docs: []doc{
				{id: "wiki", ms: []extract.Mention{men("Halcyon Studios", graph.Organization, st)}},
				{id: "listing", ms: []extract.Mention{men("Drift", graph.Series, st), men("Halcyon", graph.Organization, st)},
					cs: []extract.Claim{claim(0, predAirsOn, 1)}},
			},
			want: []string{"Organization{Halcyon Studios} by network-not-studio", "Organization{Halcyon}", "Series{Drift}"},
		},
		{
			name: "a-known-network-is-not-its-studio",
			docs: []doc{
				{id: "news", ms: []extract.Mention{men("Hulu Pictures", graph.Organization, st)}},
				{id: "review", ms: []extract.Mention{men("Hulu", graph.Organization, lex)}},
			},
			want: []string{"Organization{Hulu Pictures} by network-not-studio", "Organization{Hulu}"},
		},
		{
			name: "a-known-network-is-not-its-group",
			docs: []doc{
				{id: "news", ms: []extract.Mention{men("Hulu Networks", graph.Organization, st), men("Hulu Studios", graph.Organization, st)}},
				{id: "review", ms: []extract.Mention{men("Hulu", graph.Organization, lex)}},
			},
			want: []string{"Organization{Hulu Networks} by network-not-its-group", "Organization{Hulu Studios} by network-not-studio", "Organization{Hulu}"},
		},
		{
			name: "a-network-is-not-its-service",
			docs: []doc{
				{id: "wiki", ms: []extract.Mention{men("Halcyon Prime Video", graph.Organization, st), men("Halcyon News", graph.Organization, st)}},
				{id: "listing", ms: []extract.Mention{men("Drift", graph.Series, st), men("Halcyon", graph.Organization, st)},
					cs: []extract.Claim{claim(0, predAirsOn, 1)}},
			},
			want: []string{"Organization{Halcyon News} by network-not-its-service", "Organization{Halcyon Prime Video} by network-not-its-service", "Organization{Halcyon}", "Series{Drift}"},
		},
		{
			name: "a-network-is-not-its-group",
			docs: []doc{
				{id: "wiki", ms: []extract.Mention{men("Halcyon Networks", graph.Organization, st)}},
				{id: "listing", ms: []extract.Mention{men("Drift", graph.Series, st), men("Halcyon", graph.Organization, st)},
					cs: []extract.Claim{claim(0, predAirsOn, 1)}},
			},
			want: []string{"Organization{Halcyon Networks} by network-not-its-group", "Organization{Halcyon}", "Series{Drift}"},
		},
		{
			name: "a-network-joins-the-name-that-is-not-its-studio",
			docs: []doc{
				{id: "wiki", ms: []extract.Mention{men("Amazon Prime Video", graph.Organization, st), men("Prime Video Studios", graph.Organization, st)}},
				{id: "listing", ms: []extract.Mention{men("Drift", graph.Series, st), men("Prime Video", graph.Organization, st)},
					cs: []extract.Claim{claim(0, predAirsOn, 1)}},
			},
			want: []string{"Organization{Amazon Prime Video, Prime Video} by org-short-form", "Organization{Prime Video Studios} by network-not-studio", "Series{Drift}"},
		},
		{
			name: "a-unit-is-not-its-organization",
			docs: []doc{
				{id: "wiki", ms: []extract.Mention{men("BPD Homicide Unit", graph.Organization, st)}},
				{id: "news", ms: []extract.Mention{men("BPD", graph.Organization, st)}},
			},
			want: []string{"Organization{BPD Homicide Unit} by sub-unit", "Organization{BPD}"},
		},
		{
			name: "a-branch-in-one-country-is-another-organization",
			docs: []doc{
				{id: "news", ms: []extract.Mention{men("Lumen UK", graph.Organization, st)}},
				{id: "review", ms: []extract.Mention{men("Lumen", graph.Organization, lex)}},
			},
			want: []string{"Organization{Lumen UK} by regional-branch", "Organization{Lumen}"},
		},
		{
			name: "a-channel-is-not-its-broadcaster",
			docs: []doc{
				{id: "news", ms: []extract.Mention{men("BBC America", graph.Organization, st)}},
				{id: "review", ms: []extract.Mention{men("BBC", graph.Organization, lex)}},
			},
			want: []string{"Organization{BBC America} by two-networks", "Organization{BBC}"},
		},
		{
			name: "a-channel-with-a-name-of-its-own-is-not-its-owner",
			docs: []doc{
				{id: "news", ms: []extract.Mention{men("Quillon Kids Network", graph.Organization, st)}},
				{id: "review", ms: []extract.Mention{men("Quillon", graph.Organization, lex)}},
			},
			want: []string{"Organization{Quillon Kids Network} by channel-of-its-owner", "Organization{Quillon}"},
		},
		{
			name: "a-network-written-in-full-is-the-network",
			docs: []doc{
				{id: "news", ms: []extract.Mention{men("Quillon Television Network", graph.Organization, st)}},
				{id: "review", ms: []extract.Mention{men("Quillon", graph.Organization, lex)}},
			},
			want: []string{"Organization{Quillon, Quillon Television Network} by org-short-form"},
		},
		{
			name: "one-more-word-is-the-full-name",
			docs: []doc{
				{id: "wiki", ms: []extract.Mention{men("Harbor Police Department", graph.Organization, st)}},
				{id: "news", ms: []extract.Mention{men("Harbor Police", graph.Organization, st)}},
			},
			want: []string{"Organization{Harbor Police, Harbor Police Department} by org-short-form"},
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
