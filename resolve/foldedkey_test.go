package resolve

import (
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

func TestFoldedKey(t *testing.T) {
	const st, lex = extract.SigStructure, extract.SigLexicon
	runRuleCases(t, []ruleCase{
		{
			name: "accents-and-case",
			docs: []doc{
				{id: "a", ms: []extract.Mention{men("Renée Ballard", graph.Character, st)}},
				{id: "b", ms: []extract.Mention{men("RENEE BALLARD", graph.Character, lex)}},
			},
			want: []string{"Character{RENEE BALLARD, Renée Ballard} by folded-key"},
		},
		{
			name: "generic-words-of-book-series",
			docs: []doc{
				{id: "a", ms: []extract.Mention{men("The Bosch Novels", graph.Book, st), men("Bosch", graph.Book, lex)}},
			},
			want: []string{"Book{Bosch, The Bosch Novels}"},
		},
		{
			name: "a-leading-article-counts-in-a-persons-name",
			docs: []doc{
				{id: "a", ms: []extract.Mention{men("The Edge", graph.Person, st), men("Edge", graph.Person, st)}},
			},
			want: []string{"Person{Edge}", "Person{The Edge}"},
		},
		{
			name: "a-lone-word-typed-a-place-is-a-place",
			docs: []doc{
				{id: "a", ms: []extract.Mention{men("Nebraska", graph.Place, extract.SigShort)}},
				{id: "b", ms: []extract.Mention{men("Marsh", "", extract.SigShort)}},
			},
			want: []string{"Place{Nebraska}"},
		},
		{
			name: "a-lone-place-word-of-a-longer-name-is-short",
			docs: []doc{
				{id: "a", ms: []extract.Mention{men("Patricia Lang", graph.Person, st), men("Patricia", graph.Place, extract.SigShort)}},
			},
			want: []string{"Person{Patricia, Patricia Lang} by short-name-in-corpus typed by short-name-in-corpus"},
		},
		{
			name: "types-are-never-mixed",
			docs: []doc{
				{id: "a", ms: []extract.Mention{men("Ballard", graph.Series, st), men("Ballard", graph.Character, st)}},
			},
			want: []string{"Character{Ballard}", "Series{Ballard}"},
		},
		{
			name: "a-lone-lexicon-surname-is-a-short-form",
			docs: []doc{
				{id: "cast", ms: []extract.Mention{men("Raylan Givens", graph.Character, st)}},
				{id: "recap", ms: []extract.Mention{men("Givens", graph.Character, lex)}},
			},
			want: []string{"Character{Givens, Raylan Givens} by short-name-in-corpus"},
		},
		{
			name: "a-lone-lexicon-name-no-full-name-has-is-its-own",
			docs: []doc{
				{id: "cast", ms: []extract.Mention{men("Hastings", graph.Character, st)}},
				{id: "recap", ms: []extract.Mention{men("Hastings", graph.Character, lex)}},
			},
			want: []string{"Character{Hastings}"},
		},
		{
			name: "untyped-names-are-set-aside",
			docs: []doc{
				{id: "a", ms: []extract.Mention{men("Somebody", "", extract.SigShape)}},
			},
			want: nil,
		},
	})
}

func TestNormKey(t *testing.T) {
	for _, tc := range []struct{ typ, name, want string }{
		{graph.Series, "The Wire", "wire"},
		{graph.Person, "The Edge", "the edge"},
		{graph.Book, "The Bosch Novels", "bosch"},
		{graph.Book, "Novels", "novels"},
		{graph.Series, "The", "the"},
		{graph.Organization, "BBC One", "bbc1"},
		{graph.Organization, "BBC1", "bbc1"},
		{graph.Organization, "Channel 4", "channel4"},
		{graph.Series, "Station 19", "station 19"},
		{graph.Organization, "Channel 42", "channel 42"},
	} {
		if got := normKey(tc.typ, tc.name); got != tc.want {
			t.Errorf("normKey(%s, %q) = %q, want %q", tc.typ, tc.name, got, tc.want)
		}
	}
}

func TestAffix(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"prime video", "amazon prime video", true},
		{"amazon prime", "amazon prime video", true},
		{"prime", "amazon prime video", false},
		{"amazon prime video", "amazon prime video", false},
		{"", "amazon", false},
	} {
		if got := Affix(tc.a, tc.b); got != tc.want {
			t.Errorf("Affix(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
