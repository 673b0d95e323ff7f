package resolve

import (
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

func TestTypeVotes(t *testing.T) {
	const st, pat, lex, shape = extract.SigStructure, extract.SigPattern, extract.SigLexicon, extract.SigShape
	runRuleCases(t, []ruleCase{
		{
			name: "weak-shape-guess-follows-structure",
			docs: []doc{
				{id: "a", ms: []extract.Mention{men("Harbor Lights", graph.Series, st)}},
				{id: "b", ms: []extract.Mention{men("Harbor Lights", graph.Series, st)}},
				{id: "c", ms: []extract.Mention{conf(men("Harbor Lights", graph.Person, shape), 0.5)}},
			},
			want: []string{"Series{Harbor Lights} typed by type-votes"},
		},
		{
			name: "structure-is-never-overruled",
			docs: []doc{
				{id: "a", ms: []extract.Mention{men("Harbor Lights", graph.Series, st), men("Harbor Lights", graph.Series, st)}},
				{id: "b", ms: []extract.Mention{men("Harbor Lights", graph.Person, st)}},
			},
			want: []string{"Person{Harbor Lights}", "Series{Harbor Lights}"},
		},
		{
			name: "a-pattern-is-corrected-only-within-its-kind",
			docs: []doc{
				{id: "a", ms: []extract.Mention{men("Harbor Lights", graph.Series, st), men("Harbor Lights", graph.Series, st)}},
				{id: "b", ms: []extract.Mention{men("Harbor Lights", graph.Person, pat)}},
				{id: "c", ms: []extract.Mention{men("Harbor Lights", graph.Book, pat)}},
			},
			want: []string{"Person{Harbor Lights}", "Series{Harbor Lights} typed by type-votes"},
		},
		{
			name: "a-series-named-after-its-lead-keeps-both",
			docs: []doc{
				{id: "a", ms: []extract.Mention{men("Ivy Cole", graph.Character, pat)}},
				{id: "b", ms: []extract.Mention{men("Ivy Cole", graph.Series, pat), men("Ivy Cole", graph.Series, pat), men("Ivy Cole", graph.Series, pat)}},
				{id: "c", ms: []extract.Mention{men("Ivy Cole", graph.Character, lex)}},
			},
			want: []string{"Character{Ivy Cole}", "Series{Ivy Cole}"},
		},
		{
			name: "a-character-only-guessed-follows-the-series",
			docs: []doc{
				{id: "b", ms: []extract.Mention{men("Ivy Cole", graph.Series, pat), men("Ivy Cole", graph.Series, pat), men("Ivy Cole", graph.Series, pat)}},
				{id: "c", ms: []extract.Mention{men("Ivy Cole", graph.Character, lex)}},
			},
			want: []string{"Series{Ivy Cole} typed by type-votes"},
		},
		{
			name: "a-person-named-like-a-series-is-voted-as-before",
			docs: []doc{
				{id: "a", ms: []extract.Mention{men("Ivy Cole", graph.Person, pat)}},
				{id: "b", ms: []extract.Mention{men("Ivy Cole", graph.Series, pat), men("Ivy Cole", graph.Series, pat), men("Ivy Cole", graph.Series, pat)}},
				{id: "c", ms: []extract.Mention{men("Ivy Cole", graph.Person, lex)}},
			},
			want: []string{"Person{Ivy Cole}", "Series{Ivy Cole} typed by type-votes"},
		},
		{
			name: "evidence-not-by-far-changes-nothing",
			docs: []doc{
				{id: "a", ms: []extract.Mention{men("Harbor Lights", graph.Series, lex), men("Harbor Lights", graph.Series, lex)}},
				{id: "b", ms: []extract.Mention{men("Harbor Lights", graph.Person, shape)}},
			},
			want: []string{"Person{Harbor Lights}", "Series{Harbor Lights}"},
		},
	})
}

func TestWeakGuess(t *testing.T) {
	const shape, short = extract.SigShape, extract.SigShort
	guess := func(name, typ string) extract.Mention { return conf(men(name, typ, shape), 0.4) }
	runRuleCases(t, []ruleCase{
		{
			name: "guesses-take-the-type-of-one-cue",
			docs: []doc{
				{id: "a", ms: []extract.Mention{conf(men("Nora Vance", graph.Character, shape), 0.6)}},
				{id: "b", ms: []extract.Mention{guess("Nora Vance", graph.Organization), guess("Nora Vance", graph.Organization)}},
			},
			want: []string{"Character{Nora Vance} typed by weak-guess"},
		},
		{
			name: "cues-that-disagree-leave-the-guesses",
			docs: []doc{
				{id: "a", ms: []extract.Mention{conf(men("Nora Vance", graph.Character, shape), 0.6)}},
				{id: "b", ms: []extract.Mention{conf(men("Nora Vance", graph.Person, shape), 0.6)}},
				{id: "c", ms: []extract.Mention{guess("Nora Vance", graph.Organization)}},
			},
			want: []string{"Character{Nora Vance}", "Organization{Nora Vance}", "Person{Nora Vance}"},
		},
		{
			name: "a-lone-word-is-no-cue",
			docs: []doc{
				{id: "a", ms: []extract.Mention{conf(men("Vance", graph.Place, short), 0.45)}},
				{id: "b", ms: []extract.Mention{guess("Vance", graph.Person), guess("Vance", graph.Person), guess("Vance", graph.Person)}},
			},
			want: []string{"Person{Vance}", "Place{Vance}"},
		},
		{
			name: "a-title-shared-by-a-series-a-novel-and-a-unit-stays-three",
			docs: []doc{
				{id: "a", ms: []extract.Mention{men("Harbor Lights", graph.Series, extract.SigStructure)}},
				{id: "b", ms: []extract.Mention{men("Harbor Lights", graph.Book, extract.SigStructure)}},
				{id: "c", ms: []extract.Mention{men("Harbor Lights", graph.Organization, extract.SigPattern), guess("Harbor Lights", graph.Person)}},
			},
			want: []string{"Book{Harbor Lights}", "Organization{Harbor Lights}", "Series{Harbor Lights} typed by type-votes"},
		},
		{
			name: "guesses-alone-stay",
			docs: []doc{
				{id: "a", ms: []extract.Mention{guess("Harbor Lights", graph.Person)}},
				{id: "b", ms: []extract.Mention{guess("Harbor Lights", graph.Organization)}},
			},
			want: []string{"Organization{Harbor Lights}", "Person{Harbor Lights}"},
		},
	})
}

func TestVotesBest(t *testing.T) {
	for _, tc := range []struct {
		name string
		v    votes
		want string
	}{
		{"none", votes{}, ""},
		{"most", votes{graph.Series: 1, graph.Book: 2}, graph.Book},
		{"tie-in-type-order", votes{graph.Character: 1, graph.Person: 1}, graph.Person},
	} {
		if got := tc.v.best(); got != tc.want {
			t.Errorf("%s: best of %v = %q, want %q", tc.name, tc.v, got, tc.want)
		}
	}
}
