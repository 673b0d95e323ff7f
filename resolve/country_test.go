package resolve

import (
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

func TestCountryName(t *testing.T) {
	const st, lex = extract.SigStructure, extract.SigLexicon
	place := func(name, signal string) extract.Mention { return men(name, graph.Place, signal) }
	runRuleCases(t, []ruleCase{
		{
			name: "forms-of-one-country",
			docs: []doc{
				{id: "wiki", ms: []extract.Mention{place("United States", st)}},
				{id: "news", ms: []extract.Mention{place("U.S.", lex), place("USA", lex)}},
			},
			want: []string{"Place{U.S., USA, United States} by country-name, country-name"},
		},
		{
			name: "two-countries",
			docs: []doc{{id: "wiki", ms: []extract.Mention{place("United States", st), place("UK", lex)}}},
			want: []string{"Place{UK}", "Place{United States}"},
		},
		{
			name: "not-a-place",
			docs: []doc{{id: "wiki", ms: []extract.Mention{place("United States", st), men("America", graph.Organization, st)}}},
			want: []string{"Organization{America}", "Place{United States}"},
		},
	})
}
