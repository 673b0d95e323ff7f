package resolve

import (
	"slices"
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

func TestAcronym(t *testing.T) {
	const st, lex = extract.SigStructure, extract.SigLexicon
	org := func(name, signal string) extract.Mention { return men(name, graph.Organization, signal) }
	runRuleCases(t, []ruleCase{
		{
			name: "spells-one-name",
			docs: []doc{{id: "wiki", ms: []extract.Mention{org("Harbor Police Department", st)}}, {id: "recap", ms: []extract.Mention{org("HPD", lex)}}},
			want: []string{"Organization{HPD, Harbor Police Department} by acronym"},
		},
		{
			name: "with-dots-and-without-the-little-words",
			docs: []doc{{id: "wiki", ms: []extract.Mention{org("Federal Bureau of Investigation", st)}}, {id: "recap", ms: []extract.Mention{org("F.B.I.", lex)}}},
			want: []string{"Organization{F.B.I., Federal Bureau of Investigation} by acronym"},
		},
		{
			name: "spells-two-names-joins-neither",
			docs: []doc{
				{id: "wiki", ms: []extract.Mention{org("Harbor Police Department", st), org("Hill Prep Day", st)}},
				{id: "recap", ms: []extract.Mention{org("HPD", lex)}},
			},
			want: []string{"Organization{HPD}", "Organization{Harbor Police Department}", "Organization{Hill Prep Day}"},
		},
		{
			name: "another-type",
			docs: []doc{{id: "wiki", ms: []extract.Mention{men("Harbor Police Department", graph.Series, st)}}, {id: "recap", ms: []extract.Mention{org("HPD", lex)}}},
			want: []string{"Organization{HPD}", "Series{Harbor Police Department}"},
		},
		{
			name: "a-place-of-one-document",
			docs: []doc{{id: "news", ms: []extract.Mention{men("Port Wren", graph.Place, lex), org("PW", lex)}}},
			want: []string{"Place{PW, Port Wren} by acronym typed by acronym"},
		},
		{
			name: "a-series-of-one-document",
			docs: []doc{{id: "news", ms: []extract.Mention{men("Knights of Harrow", graph.Series, lex), org("KOH", lex)}}},
			want: []string{"Series{KOH, Knights of Harrow} by acronym typed by acronym"},
		},
		{
			name: "an-organization-it-spells-comes-first",
			docs: []doc{
				{id: "wiki", ms: []extract.Mention{org("North Vale Constabulary", st)}},
				{id: "news", ms: []extract.Mention{men("New Vale City", graph.Place, lex), org("NVC", lex)}},
			},
			want: []string{"Organization{NVC, North Vale Constabulary} by acronym", "Place{New Vale City}"},
		},
		{
			name: "a-place-and-a-series-it-spells-join-neither",
			docs: []doc{{id: "news", ms: []extract.Mention{men("Port Wren", graph.Place, lex), men("Paper Wings", graph.Series, lex), org("PW", lex)}}},
			want: []string{"Organization{PW}", "Place{Port Wren}", "Series{Paper Wings}"},
		},
		{
			name: "a-person-of-one-document-is-no-acronym",
			docs: []doc{{id: "news", ms: []extract.Mention{men("Paula Wren", graph.Person, st), org("PW", lex)}}},
			want: []string{"Organization{PW}", "Person{Paula Wren}"},
		},
		{
			name: "initials-given-to-a-character-of-one-document",
			docs: []doc{{id: "news", ms: []extract.Mention{men("TJ Vance", graph.Character, lex), org("TJ", lex)}}},
			want: []string{"Character{TJ, TJ Vance} by acronym typed by acronym"},
		},
		{
			name: "initials-quoted-as-a-nickname",
			docs: []doc{{id: "news", ms: []extract.Mention{men(`Tobias "TJ" Vance`, graph.Character, lex), org("TJ", lex)}}},
			want: []string{`Character{TJ, Tobias "TJ" Vance} by acronym typed by acronym`},
		},
		{
			name: "initials-given-to-two-characters-join-neither",
			docs: []doc{{id: "news", ms: []extract.Mention{men("TJ Vance", graph.Character, lex), men("TJ Cole", graph.Person, lex), org("TJ", lex)}}},
			want: []string{"Character{TJ Vance}", "Organization{TJ}", "Person{TJ Cole}"},
		},
		{
			name: "initials-given-to-a-character-of-another-document",
			docs: []doc{{id: "wiki", ms: []extract.Mention{men("TJ Vance", graph.Character, lex)}}, {id: "news", ms: []extract.Mention{org("TJ", lex)}}},
			want: []string{"Character{TJ Vance}", "Organization{TJ}"},
		},
		{
			name: "two-letters-are-too-few-across-documents",
			docs: []doc{{id: "wiki", ms: []extract.Mention{org("Harbor Department", st)}}, {id: "recap", ms: []extract.Mention{org("HD", lex)}}},
			want: []string{"Organization{HD}", "Organization{Harbor Department}"},
		},
		{
			name: "an-abbreviation-kept-whole",
			docs: []doc{{id: "wiki", ms: []extract.Mention{org("Lumen TV", st)}}, {id: "recap", ms: []extract.Mention{org("LTV", lex)}}},
			want: []string{"Organization{LTV, Lumen TV} by acronym"},
		},
		{
			name: "two-letters-in-one-document",
			docs: []doc{{id: "review", ms: []extract.Mention{org("Harbor Press", st), org("HP", lex)}}},
			want: []string{"Organization{HP, Harbor Press} by acronym"},
		},
		{
			name: "a-unit-number-without-its-suffix",
			docs: []doc{{id: "wiki", ms: []extract.Mention{org("Anti-Gang Unit 9", st), org("AG-9", lex)}}},
			want: []string{"Organization{AG-9, Anti-Gang Unit 9} by acronym"},
		},
		{
			name: "a-unit-number-with-its-suffix",
			docs: []doc{{id: "wiki", ms: []extract.Mention{org("Harbor Crime Unit 12", st)}}, {id: "recap", ms: []extract.Mention{org("HCU-12", lex)}}},
			want: []string{"Organization{HCU-12, Harbor Crime Unit 12} by acronym"},
		},
		{
			name: "another-unit-number-joins-not",
			docs: []doc{{id: "wiki", ms: []extract.Mention{org("Harbor Crime Unit 12", st)}}, {id: "recap", ms: []extract.Mention{org("HCU-11", lex)}}},
			want: []string{"Organization{HCU-11}", "Organization{Harbor Crime Unit 12}"},
		},
		{
			name: "two-letters-two-names-in-one-document-join-neither",
			docs: []doc{{id: "review", ms: []extract.Mention{org("Harbor Press", st), org("Hill Post", st), org("HP", lex)}}},
			want: []string{"Organization{HP}", "Organization{Harbor Press}", "Organization{Hill Post}"},
		},
	})
}

func TestInitials(t *testing.T) {
	for _, tc := range []struct {
		key  string
		want []string
	}{
		{"baltimore police department", []string{"bpd"}},
		{"federal bureau of investigation", []string{"fboi", "fbi"}},
		{"prime video", nil},
	} {
		if got := initials(tc.key); !slices.Equal(got, tc.want) {
			t.Errorf("initials(%q) = %q, want %q", tc.key, got, tc.want)
		}
	}
}
