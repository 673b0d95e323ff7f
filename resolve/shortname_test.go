package resolve

import (
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

func TestShortNames(t *testing.T) {
	const st, short = extract.SigStructure, extract.SigShort
	gary, jake := men("Gary Pearlman", graph.Character, st), men("Jake Pearlman", graph.Character, st)
	pearlman := men("Pearlman", "", short)
	// times repeats a mention, for a name the corpus uses often.
	times := func(m extract.Mention, n int) []extract.Mention {
		var out []extract.Mention
		for i := 0; i < n; i++ {
			out = append(out, m)
		}
		return out
	}
	lexPerson := func(name string) extract.Mention { return men(name, graph.Person, extract.SigLexicon) }
	lexChar := func(name string) extract.Mention { return men(name, graph.Character, extract.SigLexicon) }
	coverName := men("Kit Marlowe", graph.Character, st)
	coverName.Alias = "Ada Quist"
	runRuleCases(t, []ruleCase{
		{
			name: "a-lone-surname-of-a-cover-name-joins-no-one",
			docs: []doc{{id: "wiki", ms: []extract.Mention{men("Ada Quist", graph.Character, st), coverName}}, {id: "recap", ms: []extract.Mention{lexChar("Marlowe")}}},
			want: []string{"Character{Ada Quist, Kit Marlowe} by explicit-alias", "Character{Marlowe}"},
		},
		{
			name: "a-lone-surname-of-a-full-name-alias-joins",
			docs: []doc{{id: "wiki", ms: []extract.Mention{men("Ada Quist", graph.Character, st), func() extract.Mention {
				m := men("Adelaide Rose Quist", graph.Character, st)
				m.Alias = "Ada Quist"
				return m
			}()}}, {id: "recap", ms: []extract.Mention{lexChar("Quist")}}},
			want: []string{"Character{Ada Quist, Adelaide Rose Quist, Quist} by explicit-alias, short-name-in-corpus"},
		},
		{
			name: "a-lone-nickname-of-a-name-that-quotes-it",
			docs: []doc{{id: "wiki", ms: []extract.Mention{men("Andrew \u201cPope\u201d Nash", graph.Character, st)}}, {id: "recap", ms: []extract.Mention{lexChar("Pope")}}},
			want: []string{"Character{Andrew \u201cPope\u201d Nash, Pope} by short-name-in-corpus"},
		},
		{
			name: "a-lone-nickname-two-names-quote-joins-neither",
			docs: []doc{
				{id: "wiki", ms: []extract.Mention{men(`Andrew "Red" Nash`, graph.Character, st), men(`Ruth "Red" Cole`, graph.Character, st)}},
				{id: "recap", ms: []extract.Mention{lexChar("Red")}},
			},
			want: []string{`Character{Andrew "Red" Nash} by short-name-unlinked`, `Character{Ruth "Red" Cole} by short-name-unlinked`},
		},
		{
			name: "lexicon-person-nickname-of-a-character",
			docs: []doc{{id: "wiki", ms: []extract.Mention{men("Barry \u201cBaz\u201d Vance", graph.Character, st), lexPerson("Baz")}}},
			want: []string{"Character{Barry \u201cBaz\u201d Vance, Baz} by short-name-in-corpus typed by short-name-in-corpus"},
		},
		{
			name: "lexicon-person-surname-of-a-character",
			docs: []doc{{id: "plot", ms: []extract.Mention{gary, lexPerson("Pearlman")}}},
			want: []string{"Character{Gary Pearlman, Pearlman} by short-name-in-corpus typed by short-name-in-corpus"},
		},
		{
			name: "lexicon-character-surname-of-a-person",
			docs: []doc{{id: "news", ms: []extract.Mention{men("Gary Pearlman", graph.Person, st), lexChar("Pearlman")}}},
			want: []string{"Person{Gary Pearlman, Pearlman} by short-name-in-corpus typed by short-name-in-corpus"},
		},
		{
			name: "lexicon-person-first-name-of-a-character",
			docs: []doc{{id: "plot", ms: []extract.Mention{gary, lexPerson("Gary")}}},
			want: []string{"Character{Gary, Gary Pearlman} by short-name-in-corpus typed by short-name-in-corpus"},
		},
		{
			name: "lexicon-person-first-name-of-two-characters-stays-apart",
			docs: []doc{{id: "plot", ms: []extract.Mention{gary, men("Gary Lind", graph.Character, st), lexPerson("Gary")}}},
			want: []string{"Character{Gary Lind} by short-name-unlinked", "Character{Gary Pearlman} by short-name-unlinked"},
		},
		{
			// As with a surname, the lone name joins no character of
			// another series (nor stays an entity of its own).
			name: "lexicon-person-first-name-of-a-character-of-another-series-stays-apart",
			docs: []doc{
				{id: "a", ms: []extract.Mention{men("Drift", graph.Series, st), gary}},
				{id: "c", ms: []extract.Mention{men("Harbor", graph.Series, st), lexPerson("Gary")}},
			},
			want: []string{"Character{Gary Pearlman}", "Series{Drift}", "Series{Harbor}"},
		},
		{
			name: "lexicon-character-first-name-of-a-person-stays-apart",
			docs: []doc{{id: "cast", ms: []extract.Mention{men("Gary Pearlman", graph.Person, st), lexChar("Gary")}}},
			want: []string{"Character{Gary}", "Person{Gary Pearlman}"},
		},
		{
			name: "structure-typed-surname-keeps-its-type",
			docs: []doc{{id: "cast", ms: []extract.Mention{gary, men("Pearlman", graph.Person, st)}}},
			want: []string{"Character{Gary Pearlman}", "Person{Pearlman}"},
		},
		{
			name: "structure-typed-surname-of-a-full-name-in-its-document",
			docs: []doc{{id: "cast", ms: []extract.Mention{men("Gary Pearlman", graph.Person, st), men("Pearlman", graph.Person, st)}}},
			want: []string{"Person{Gary Pearlman, Pearlman} by short-name-in-corpus"},
		},
		{
			name: "structure-typed-surname-of-a-full-name-elsewhere-stays-apart",
			docs: []doc{{id: "cast", ms: []extract.Mention{men("Gary Pearlman", graph.Person, st)}}, {id: "credits", ms: []extract.Mention{men("Pearlman", graph.Person, st)}}},
			want: []string{"Person{Gary Pearlman}", "Person{Pearlman}"},
		},
		{
			name: "structure-typed-first-name-stays-apart",
			docs: []doc{{id: "cast", ms: []extract.Mention{men("Gary Pearlman", graph.Person, st), men("Gary", graph.Person, st)}}},
			want: []string{"Person{Gary Pearlman}", "Person{Gary}"},
		},
		{
			name: "in-corpus",
			docs: []doc{
				{id: "cast", ms: []extract.Mention{gary}},
				{id: "recap", ms: []extract.Mention{pearlman}},
			},
			want: []string{"Character{Gary Pearlman, Pearlman} by short-name-in-corpus"},
		},
		{
			// Reviews call characters by the given name, real people
			// by the surname.
			name: "given-name-of-a-character-and-of-real-people",
			docs: []doc{
				{id: "review", ms: []extract.Mention{block(gary, 1), block(men("Gary Dunn", graph.Person, st), 2)}},
				{id: "recap", ms: []extract.Mention{men("Gary", "", short)}},
			},
			want: []string{"Character{Gary, Gary Pearlman} by short-name-given-of-character", "Person{Gary Dunn}"},
		},
		{
			name: "surname-of-a-real-person-stays-unlinked",
			docs: []doc{
				{id: "review", ms: []extract.Mention{block(gary, 1), block(men("Ann Gary", graph.Person, st), 2)}},
				{id: "recap", ms: []extract.Mention{men("Gary", "", short)}},
			},
			want: []string{"Character{Gary Pearlman} by short-name-unlinked", "Person{Ann Gary} by short-name-unlinked"},
		},
		{
			name: "in-document",
			docs: []doc{
				{id: "a", ms: []extract.Mention{block(gary, 1), block(pearlman, 2)}},
				{id: "b", ms: []extract.Mention{jake}},
			},
			want: []string{"Character{Gary Pearlman, Pearlman} by short-name-in-document", "Character{Jake Pearlman}"},
		},
		{
			// "Pearlman" is Gary on one page and Jake on another: each
			// mention joins its own entity, and the two stay two.
			name: "one-short-form-two-entities",
			docs: []doc{
				{id: "a", ms: []extract.Mention{block(gary, 1), block(pearlman, 1)}},
				{id: "b", ms: []extract.Mention{block(jake, 1), block(pearlman, 1)}},
			},
			want: []string{"Character{Gary Pearlman, Pearlman} by short-name-in-paragraph", "Character{Jake Pearlman, Pearlman} by short-name-in-paragraph"},
		},
		{
			// The same with a lone name the lexicon typed: the name the
			// first page's choice left is no entity's own name, and the
			// second page places its mention on its own evidence.
			name: "one-typed-short-form-two-entities",
			docs: []doc{
				{id: "a", ms: []extract.Mention{block(gary, 1), block(lexChar("Pearlman"), 1)}},
				{id: "b", ms: []extract.Mention{block(jake, 1), block(lexChar("Pearlman"), 1)}},
			},
			want: []string{"Character{Gary Pearlman, Pearlman} by short-name-in-paragraph", "Character{Jake Pearlman, Pearlman} by short-name-in-paragraph"},
		},
		{
			name: "in-paragraph",
			docs: []doc{
				{id: "a", ms: []extract.Mention{block(gary, 1), block(jake, 2), block(pearlman, 1)}},
			},
			want: []string{"Character{Gary Pearlman, Pearlman} by short-name-in-paragraph", "Character{Jake Pearlman}"},
		},
		{
			name: "by-actor",
			docs: []doc{
				{id: "cast", ms: []extract.Mention{men("Noah Bean", graph.Person, st), gary, men("Kevin Dunn", graph.Person, st), jake},
					cs: []extract.Claim{claim(0, predPlays, 1), claim(2, predPlays, 3)}},
				{id: "recap", ms: []extract.Mention{men("Kevin Dunn", graph.Person, st), pearlman},
					cs: []extract.Claim{claim(0, predPlays, 1)}},
			},
			want: []string{"Character{Gary Pearlman}", "Character{Jake Pearlman, Pearlman} by short-name-by-actor",
				"Person{Kevin Dunn}", "Person{Noah Bean}"},
		},
		{
			name: "dominant",
			docs: []doc{
				{id: "a", ms: times(gary, 6)},
				{id: "b", ms: times(jake, 2)},
				{id: "c", ms: []extract.Mention{pearlman}},
			},
			want: []string{"Character{Gary Pearlman, Pearlman} by short-name-dominant", "Character{Jake Pearlman}"},
		},
		{
			name: "same-series",
			docs: []doc{
				{id: "a", ms: []extract.Mention{men("Harbor", graph.Series, st), gary}},
				{id: "b", ms: []extract.Mention{men("Drift", graph.Series, st), jake}},
				{id: "c", ms: []extract.Mention{men("Harbor", graph.Series, st), pearlman}},
			},
			want: []string{"Character{Gary Pearlman, Pearlman} by short-name-same-series", "Character{Jake Pearlman}",
				"Series{Drift}", "Series{Harbor}"},
		},
		{
			name: "only-one-in-the-corpus-but-of-another-series",
			docs: []doc{
				{id: "a", ms: []extract.Mention{men("Drift", graph.Series, st), jake}},
				{id: "c", ms: []extract.Mention{men("Harbor", graph.Series, st), pearlman}},
			},
			want: []string{"Character{Jake Pearlman}", "Series{Drift}", "Series{Harbor}"},
		},
		{
			// No page names a series; the pages name people in full, and
			// none in common: a lone name on one is not the other's.
			name: "only-one-in-the-corpus-but-on-a-page-of-strangers",
			docs: []doc{
				{id: "a", ms: []extract.Mention{jake, men("Ada Quist", graph.Character, st)}},
				{id: "c", ms: []extract.Mention{men("Bo Lind", graph.Character, st), pearlman}},
			},
			want: []string{"Character{Ada Quist}", "Character{Bo Lind}", "Character{Jake Pearlman} by short-name-stranger"},
		},
		{
			name: "only-one-in-the-corpus-on-a-page-that-shares-a-name",
			docs: []doc{
				{id: "a", ms: []extract.Mention{jake, men("Ada Quist", graph.Character, st)}},
				{id: "c", ms: []extract.Mention{men("Ada Quist", graph.Character, st), pearlman}},
			},
			want: []string{"Character{Ada Quist}", "Character{Jake Pearlman, Pearlman} by short-name-in-corpus"},
		},
		{
			name: "only-one-in-the-corpus-on-a-page-that-names-nobody-in-full",
			docs: []doc{
				{id: "a", ms: []extract.Mention{jake, men("Ada Quist", graph.Character, st)}},
				{id: "c", ms: []extract.Mention{pearlman}},
			},
			want: []string{"Character{Ada Quist}", "Character{Jake Pearlman, Pearlman} by short-name-in-corpus"},
		},
		{
			name: "series-inferred-from-the-cast",
			docs: []doc{
				{id: "a", ms: []extract.Mention{men("Drift", graph.Series, st), jake, men("Ada Quist", graph.Character, st), men("Bo Lind", graph.Character, st)}},
				{id: "b", ms: []extract.Mention{men("Harbor", graph.Series, st), gary}},
				{id: "page", ms: []extract.Mention{men("Ada Quist", graph.Character, st), men("Bo Lind", graph.Character, st), pearlman}},
			},
			want: []string{"Character{Ada Quist}", "Character{Bo Lind}", "Character{Gary Pearlman}", "Character{Jake Pearlman, Pearlman} by short-name-same-series",
				"Series{Drift}", "Series{Harbor}"},
		},
		{
			name: "unlinked",
			docs: []doc{
				{id: "a", ms: times(gary, 2)},
				{id: "b", ms: times(jake, 2)},
				{id: "c", ms: []extract.Mention{pearlman}},
			},
			want: []string{"Character{Gary Pearlman} by short-name-unlinked", "Character{Jake Pearlman} by short-name-unlinked"},
		},
		{
			name: "exact-name-of-another-type",
			docs: []doc{
				{id: "wiki", ms: []extract.Mention{men("Harbor", graph.Series, st)}},
				{id: "recap", ms: []extract.Mention{men("Harbor", graph.Person, short)}},
			},
			want: []string{"Series{Harbor} typed by exact-name"},
		},
		{
			name: "a-confirmed-name-of-its-own",
			docs: []doc{
				{id: "recap", ms: []extract.Mention{conf(men("Sarah", graph.Character, short), 0.6)}},
			},
			want: []string{"Character{Sarah}"},
		},
		{
			name: "an-unconfirmed-lone-word-is-nobody",
			docs: []doc{
				{id: "recap", ms: []extract.Mention{conf(men("Sarah", graph.Character, short), 0.3)}},
			},
			want: nil,
		},
	})
}

// TestNicknameNamesNoEntity: a quoted nickname that joins the name
// quoting it is a short form, never the entity's canonical name, however
// often a recap uses it.
func TestNicknameNamesNoEntity(t *testing.T) {
	full := men(`Joshua "J" Nash`, graph.Character, extract.SigStructure)
	lone := men("J", graph.Character, extract.SigLexicon)
	res := Reconciler{}.Run(extractions([]doc{{id: "wiki", ms: []extract.Mention{full}}, {id: "recap", ms: []extract.Mention{lone, lone, lone}}}))
	if len(res.Entities) != 1 || res.Entities[0].Name != full.Name {
		t.Fatalf("entities %v, want one named %q", res.Entities, full.Name)
	}
}
