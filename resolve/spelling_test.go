package resolve

import (
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

func TestSpellingVariant(t *testing.T) {
	const st = extract.SigStructure
	ch := func(name string) extract.Mention { return men(name, graph.Character, st) }
	series := men("Nightfall", graph.Series, st)
	// about is a document about the series Nightfall naming ms.
	about := func(id string, ms ...extract.Mention) doc {
		return doc{id: id, ms: append([]extract.Mention{series}, ms...)}
	}
	runRuleCases(t, []ruleCase{
		{
			name: "letter-changed",
			docs: []doc{about("wiki", ch("Zamira Parker")), about("review", ch("Samira Parker"))},
			want: []string{"Character{Samira Parker, Zamira Parker} by spelling-variant", "Series{Nightfall}"},
		},
		{
			name: "letter-dropped-in-the-surname",
			docs: []doc{about("wiki", men("Dominic Weston", graph.Person, st)), about("review", men("Dominic Westn", graph.Person, st))},
			want: []string{"Person{Dominic Westn, Dominic Weston} by spelling-variant", "Series{Nightfall}"},
		},
		{
			name: "letters-swapped",
			docs: []doc{about("wiki", ch("Jimmy McNulty")), about("review", ch("Jimmy McNluty"))},
			want: []string{"Character{Jimmy McNluty, Jimmy McNulty} by spelling-variant", "Series{Nightfall}"},
		},
		{
			name: "vowels-swapped",
			docs: []doc{about("wiki", ch("Samira Parker")), about("review", ch("Simara Parker"))},
			want: []string{"Character{Samira Parker, Simara Parker} by spelling-variant", "Series{Nightfall}"},
		},
		{
			name: "no-series-in-common",
			docs: []doc{about("wiki", ch("Zamira Parker")), {id: "review", ms: []extract.Mention{men("Daybreak", graph.Series, st), ch("Samira Parker")}}},
			want: []string{"Character{Samira Parker}", "Character{Zamira Parker}", "Series{Daybreak}", "Series{Nightfall}"},
		},
		{
			name: "a-page-naming-no-series-shares-its-cast",
			docs: []doc{
				about("wiki", ch("Zamira Parker"), ch("Ada Quist"), ch("Bo Lind")),
				{id: "fan", ms: []extract.Mention{ch("Samira Parker"), ch("Ada Quist"), ch("Bo Lind")}},
			},
			want: []string{"Character{Ada Quist}", "Character{Bo Lind}", "Character{Samira Parker, Zamira Parker} by spelling-variant", "Series{Nightfall}"},
		},
		{
			name: "no-series-but-one-character-in-common",
			docs: []doc{
				{id: "wiki", ms: []extract.Mention{ch("Zamira Parker"), ch("Ada Quist")}},
				{id: "fan", ms: []extract.Mention{ch("Samira Parker"), ch("Ada Quist")}},
			},
			want: []string{"Character{Ada Quist}", "Character{Samira Parker, Zamira Parker} by spelling-variant"},
		},
		{
			name: "other-series-and-one-character-in-common",
			docs: []doc{
				{id: "wiki", ms: []extract.Mention{series, ch("Zamira Parker"), ch("Ada Quist")}},
				{id: "fan", ms: []extract.Mention{men("Daybreak", graph.Series, st), ch("Samira Parker"), ch("Ada Quist")}},
			},
			want: []string{"Character{Ada Quist}", "Character{Samira Parker}", "Character{Zamira Parker}", "Series{Daybreak}", "Series{Nightfall}"},
		},
		{
			// A page's series is often missed or mistaken; two full names
			// besides these tie the pages to one story all the same.
			name: "other-series-and-two-characters-in-common",
			docs: []doc{
				{id: "wiki", ms: []extract.Mention{series, ch("Zamira Parker"), ch("Ada Quist"), ch("Bo Lind")}},
				{id: "fan", ms: []extract.Mention{men("Daybreak", graph.Series, st), ch("Samira Parker"), ch("Ada Quist"), ch("Bo Lind")}},
			},
			want: []string{"Character{Ada Quist}", "Character{Bo Lind}", "Character{Samira Parker, Zamira Parker} by spelling-variant", "Series{Daybreak}", "Series{Nightfall}"},
		},
		{
			name: "nothing-in-common",
			docs: []doc{{id: "wiki", ms: []extract.Mention{ch("Zamira Parker")}}, {id: "fan", ms: []extract.Mention{ch("Samira Parker")}}},
			want: []string{"Character{Samira Parker}", "Character{Zamira Parker}"},
		},
		{
			name: "both-in-one-document",
			docs: []doc{about("wiki", ch("Zamira Parker"), ch("Samira Parker"))},
			want: []string{"Character{Samira Parker}", "Character{Zamira Parker}", "Series{Nightfall}"},
		},
		{
			name: "a-surname-slip-in-a-caption-apart-from-the-text",
			docs: []doc{about("review", block(ch("Dana Kellan"), 1), block(ch("Dana Kellen"), 2))},
			want: []string{"Character{Dana Kellan, Dana Kellen} by spelling-variant", "Series{Nightfall}"},
		},
		{
			name: "a-surname-slip-side-by-side-names-two",
			docs: []doc{about("review", block(ch("Dana Kellan"), 1), block(ch("Dana Kellen"), 1))},
			want: []string{"Character{Dana Kellan}", "Character{Dana Kellen}", "Series{Nightfall}"},
		},
		{
			name: "a-given-name-slip-in-one-document-names-two",
			docs: []doc{about("review", block(ch("Zamira Parker"), 1), block(ch("Samira Parker"), 2))},
			want: []string{"Character{Samira Parker}", "Character{Zamira Parker}", "Series{Nightfall}"},
		},
		{
			name: "a-short-surname-slip-in-one-document-names-two",
			docs: []doc{about("review", block(ch("Dana Kell"), 1), block(ch("Dana Kelp"), 2))},
			want: []string{"Character{Dana Kell}", "Character{Dana Kelp}", "Series{Nightfall}"},
		},
		{
			name: "other-actors",
			docs: []doc{
				{id: "wiki", ms: []extract.Mention{series, men("Ana Ortiz", graph.Person, st), ch("Zamira Parker")}, cs: []extract.Claim{claim(1, predPlays, 2)}},
				{id: "review", ms: []extract.Mention{series, men("Lia Chen", graph.Person, st), ch("Samira Parker")}, cs: []extract.Claim{claim(1, predPlays, 2)}},
			},
			want: []string{"Character{Samira Parker}", "Character{Zamira Parker}", "Person{Ana Ortiz}", "Person{Lia Chen}", "Series{Nightfall}"},
		},
		{
			name: "a-given-name-of-its-own",
			docs: []doc{about("wiki", ch("Joan Harker")), about("review", ch("John Harker"))},
			want: []string{"Character{Joan Harker}", "Character{John Harker}", "Series{Nightfall}"},
		},
		{
			name: "a-given-name-typo-that-names-no-one",
			docs: []doc{about("wiki", ch("Michael Harker")), about("review", ch("Mihcael Harker"))},
			want: []string{"Character{Michael Harker, Mihcael Harker} by spelling-variant", "Series{Nightfall}"},
		},
		{
			name: "a-given-name-letter-doubled-that-names-no-one",
			docs: []doc{about("wiki", ch("Thomas Harker")), about("review", ch("Thommas Harker"))},
			want: []string{"Character{Thomas Harker, Thommas Harker} by spelling-variant", "Series{Nightfall}"},
		},
		{
			name: "two-given-names-a-letter-apart-both-names",
			docs: []doc{about("wiki", ch("Mark Harker")), about("review", ch("Mary Harker"))},
			want: []string{"Character{Mark Harker}", "Character{Mary Harker}", "Series{Nightfall}"},
		},
		{
			name: "two-slips-apart",
			docs: []doc{about("wiki", ch("Karina Parker")), about("review", ch("Samira Parker"))},
			want: []string{"Character{Karina Parker}", "Character{Samira Parker}", "Series{Nightfall}"},
		},
		{
			name: "a-variant-of-two-names-joins-neither",
			docs: []doc{about("a", ch("Dana Kellan")), about("b", ch("Dana Kellen")), about("c", ch("Dana Kellin"))},
			want: []string{"Character{Dana Kellan}", "Character{Dana Kellen}", "Character{Dana Kellin}", "Series{Nightfall}"},
		},
		{
			name: "a-sound-spelt-another-way",
			docs: []doc{about("wiki", ch("Cora Drewett")), about("review", ch("Cora Druett"))},
			want: []string{"Character{Cora Drewett, Cora Druett} by spelling-variant", "Series{Nightfall}"},
		},
		{
			// Two vowels swapped in a given name the familiar forms list.
			name: "given-name-vowels-swapped",
			docs: []doc{about("wiki", men("Daniel Orrick", graph.Person, st)), about("review", men("Daneil Orrick", graph.Person, st))},
			want: []string{"Person{Daneil Orrick, Daniel Orrick} by spelling-variant", "Series{Nightfall}"},
		},
		{
			name: "given-names-of-their-own-a-consonant-swapped",
			docs: []doc{about("wiki", men("Christina Orrick", graph.Person, st)), about("review", men("Christian Orrick", graph.Person, st))},
			want: []string{"Person{Christian Orrick}", "Person{Christina Orrick}", "Series{Nightfall}"},
		},
		{
			// A page misspells an actor three pages name, once.
			name: "a-person-slip-written-once-beside-the-name",
			docs: []doc{
				about("wiki", men("Tavish Orrin", graph.Person, st)), about("news", men("Tavish Orrin", graph.Person, st)),
				about("review", men("Tavish Orrin", graph.Person, st), block(men("Tavash Orrin", graph.Person, st), 1)),
			},
			want: []string{"Person{Tavash Orrin, Tavish Orrin} by spelling-variant", "Series{Nightfall}"},
		},
		{
			name: "a-person-slip-beside-a-name-two-pages-write",
			docs: []doc{
				about("wiki", men("Tavish Orrin", graph.Person, st)),
				about("review", men("Tavish Orrin", graph.Person, st), block(men("Tavash Orrin", graph.Person, st), 1)),
			},
			want: []string{"Person{Tavash Orrin}", "Person{Tavish Orrin}", "Series{Nightfall}"},
		},
		{
			name: "a-character-slip-written-once-beside-the-name",
			docs: []doc{
				about("wiki", ch("Tavish Orrin")), about("news", ch("Tavish Orrin")),
				about("review", ch("Tavish Orrin"), block(ch("Tavash Orrin"), 1)),
			},
			want: []string{"Character{Tavash Orrin}", "Character{Tavish Orrin}", "Series{Nightfall}"},
		},
		{
			name: "a-person-slip-in-one-block-with-the-name",
			docs: []doc{
				about("wiki", men("Tavish Orrin", graph.Person, st)), about("news", men("Tavish Orrin", graph.Person, st)),
				about("review", men("Tavish Orrin", graph.Person, st), men("Tavash Orrin", graph.Person, st)),
			},
			want: []string{"Person{Tavash Orrin}", "Person{Tavish Orrin}", "Series{Nightfall}"},
		},
		{
			name: "short-words-are-not-slips",
			docs: []doc{about("a", ch("Eva Marsh Lund")), about("b", ch("Ava Marsh Lund"))},
			want: []string{"Character{Ava Marsh Lund}", "Character{Eva Marsh Lund}", "Series{Nightfall}"},
		},
	})
}

func TestOneSlip(t *testing.T) {
	for _, tc := range []struct{ a, b, want string }{
		{"samira", "zamira", "a letter changed"},
		{"annika", "anika", "a letter doubled"},
		{"mcaskill", "macaskill", "a letter dropped"},
		{"mcnulty", "mcnluty", "two letters swapped"},
		{"samira", "simara", "two vowels swapped"},
		{"samira", "sumira", "a letter changed"},
		{"drewett", "druett", "a sound spelt another way"},
		{"phillips", "fillips", "a sound spelt another way"},
		{"mackay", "makay", "a sound spelt another way"},
		{"drewett", "druell", ""},
		{"karina", "samira", ""},
		{"carter", "tarcer", ""},
		{"tesarro", "tessaro", ""},
	} {
		if got := oneSlip(tc.a, tc.b); got != tc.want {
			t.Errorf("oneSlip(%q, %q) = %q, want %q", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestVowelPairTypo(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"daniel", "daneil", true},        // listed, and two vowels swapped
		{"daneil", "daniel", true},        // either order
		{"christina", "christian", false}, // a vowel and a consonant
		{"joey", "joye", false},           // too short, y no vowel here
		{"daniel", "danile", false},       // a vowel and a consonant
		{"daniel", "daniel", false},       // the same
		{"orrick", "orrcik", false},       // neither listed
	} {
		if got := vowelPairTypo(tc.a, tc.b); got != tc.want {
			t.Errorf("vowelPairTypo(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
