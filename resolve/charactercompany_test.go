package resolve

import (
	"sort"
	"strings"
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/sources"
)

// spanned is a mention of the text's n-th occurrence (from 0) of name.
type spanned struct {
	name, typ, signal string
	conf              float64
	n                 int
}

// textExtraction makes an extraction of text whose mentions are found in
// it by name.
func textExtraction(t *testing.T, id, text string, ms []spanned) *extract.Extraction {
	t.Helper()
	x := &extract.Extraction{Doc: &sources.Document{ID: id, Kind: "article", Text: text}, Subject: -1}
	for _, m := range ms {
		at := -1
		for i, from := 0, 0; i <= m.n; i++ {
			j := strings.Index(text[from:], m.name)
			if j < 0 {
				t.Fatalf("%q: no occurrence %d of %q", id, m.n, m.name)
			}
			at, from = from+j, from+j+len(m.name)
		}
		x.Mentions = append(x.Mentions, extract.Mention{Doc: id, Name: m.name, Surface: m.name, Type: m.typ,
			Signal: m.signal, Confidence: m.conf, Start: at, End: at + len(m.name)})
	}
	return x
}

func TestCharacterCompany(t *testing.T) {
	const st, shape = extract.SigStructure, extract.SigShape
	castLine := "Tom Fell as Maud Gray\n"
	cast := []spanned{{"Tom Fell", graph.Person, st, 0.9, 0}, {"Maud Gray", graph.Character, st, 0.9, 0}}
	guess := func(name string, n int) spanned { return spanned{name, graph.Person, shape, 0.4, n} }
	for _, tc := range []struct {
		name     string
		text     string
		ms       []spanned
		want     string // the outcome line of the guessed name
		wantName string
	}{
		{
			name: "a-guess-among-characters-is-a-character",
			text: castLine + "Maud teamed up with Ray Hobb to steal the shipment.",
			ms:   append(cast, spanned{"Maud", graph.Character, extract.SigShort, 0.6, 1}, guess("Ray Hobb", 0)),
			want: "Character{Ray Hobb} typed by character-company", wantName: "Ray Hobb",
		},
		{
			name: "a-name-made-a-characters-is-company-in-turn",
			text: castLine + "Maud teamed up with Ray Hobb. Hobb robbed Ann Lee.",
			ms: append(cast, spanned{"Maud", graph.Character, extract.SigShort, 0.6, 1}, guess("Ray Hobb", 0),
				spanned{"Hobb", "", extract.SigShort, 0.3, 1}, guess("Ann Lee", 0)),
			want: "Character{Ann Lee} typed by character-company", wantName: "Ann Lee",
		},
		{
			name: "a-name-the-lexicon-relays-with-no-cue-behind-it",
			text: castLine + "Maud teamed up with Ray Hobb.",
			ms:   append(cast, spanned{"Maud", graph.Character, extract.SigShort, 0.6, 1}, spanned{"Ray Hobb", graph.Person, extract.SigLexicon, 0.5, 0}),
			want: "Character{Ray Hobb} typed by character-company", wantName: "Ray Hobb",
		},
		{
			name: "a-sentence-of-a-performance-keeps-the-guess",
			text: castLine + "The pilot starred Ray Hobb and Ann Lee as Maud and Nell.",
			ms:   append(cast, spanned{"Maud", graph.Character, extract.SigShort, 0.6, 1}, guess("Ray Hobb", 0)),
			want: "Person{Ray Hobb}", wantName: "Ray Hobb",
		},
		{
			name: "a-sentence-naming-a-writer-keeps-the-guess",
			text: castLine + "Writer Ray Hobb isn't afraid to take Maud to dark places.",
			ms:   append(cast, spanned{"Maud", graph.Character, extract.SigShort, 0.6, 1}, spanned{"Ray Hobb", graph.Person, extract.SigLexicon, 0.5, 0}),
			want: "Person{Ray Hobb}", wantName: "Ray Hobb",
		},
		{
			name: "a-sentence-naming-a-creator-keeps-the-guess",
			text: castLine + "Maud owes much to the show's co-creator Ray Hobb.",
			ms:   append(cast, spanned{"Maud", graph.Character, extract.SigShort, 0.6, 1}, guess("Ray Hobb", 0)),
			want: "Person{Ray Hobb}", wantName: "Ray Hobb",
		},
		{
			name: "a-characters-real-model-keeps-the-guess",
			text: castLine + "Maud is loosely based on former harbour official Ray Hobb.",
			ms:   append(cast, spanned{"Maud", graph.Character, extract.SigShort, 0.6, 1}, guess("Ray Hobb", 0)),
			want: "Person{Ray Hobb}", wantName: "Ray Hobb",
		},
		{
			name: "a-given-name-guessed-an-organizations-among-characters",
			text: castLine + "Maud remarks on Ray Hobb, the guilty party.",
			ms:   append(cast, spanned{"Maud", graph.Character, extract.SigShort, 0.6, 1}, spanned{"Ray Hobb", graph.Organization, shape, 0.4, 0}),
			want: "Character{Ray Hobb} typed by character-company", wantName: "Ray Hobb",
		},
		{
			name: "an-organization-without-a-given-name-stays",
			text: castLine + "Maud remarks on Harbor Freight, the guilty party.",
			ms:   append(cast, spanned{"Maud", graph.Character, extract.SigShort, 0.6, 1}, spanned{"Harbor Freight", graph.Organization, shape, 0.4, 0}),
			want: "Organization{Harbor Freight}", wantName: "Harbor Freight",
		},
		{
			name: "a-known-person-in-the-sentence-keeps-the-guess",
			text: castLine + "Maud met Ray Hobb, and Tom Fell was superb.",
			ms:   append(cast, spanned{"Maud", graph.Character, extract.SigShort, 0.6, 1}, guess("Ray Hobb", 0), spanned{"Tom Fell", graph.Person, shape, 0.4, 1}),
			want: "Person{Ray Hobb}", wantName: "Ray Hobb",
		},
		{
			name: "a-press-quote-keeps-the-guess",
			text: castLine + "\"Maud is the heart of this show and always was,\" said Ray Hobb.",
			ms:   append(cast, spanned{"Maud", graph.Character, extract.SigShort, 0.6, 1}, guess("Ray Hobb", 0)),
			want: "Person{Ray Hobb}", wantName: "Ray Hobb",
		},
		{
			name: "no-character-in-the-sentence-keeps-the-guess",
			text: castLine + "Maud is back. Ray Hobb directs the premiere.",
			ms:   append(cast, spanned{"Maud", graph.Character, extract.SigShort, 0.6, 1}, guess("Ray Hobb", 0)),
			want: "Person{Ray Hobb}", wantName: "Ray Hobb",
		},
		{
			name: "one-sentence-without-company-keeps-the-guess",
			text: castLine + "Maud teamed up with Ray Hobb. Ray Hobb wrote the finale.",
			ms:   append(cast, spanned{"Maud", graph.Character, extract.SigShort, 0.6, 1}, guess("Ray Hobb", 0), guess("Ray Hobb", 1)),
			want: "Person{Ray Hobb}", wantName: "Ray Hobb",
		},
		{
			name: "a-name-typed-by-a-cue-is-never-retyped",
			text: castLine + "Maud teamed up with Ray Hobb.\nRay Hobb as Nell Stone\n",
			ms: append(cast, spanned{"Maud", graph.Character, extract.SigShort, 0.6, 1}, guess("Ray Hobb", 0),
				spanned{"Ray Hobb", graph.Person, st, 0.9, 1}, spanned{"Nell Stone", graph.Character, st, 0.9, 0}),
			want: "Person{Ray Hobb}", wantName: "Ray Hobb",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := outcomeOf([]*extract.Extraction{textExtraction(t, "a", tc.text, tc.ms)})
			sort.Strings(got)
			var line string
			for _, l := range got {
				if strings.Contains(l, "{"+tc.wantName+"}") {
					line = l
				}
			}
			if line != tc.want {
				t.Errorf("got %q, want %q (all: %v)", line, tc.want, got)
			}
		})
	}
}

func TestLongQuote(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{`Nell remarks on the "guilty" party`, false},
		{`"It found an audience that had never watched," said Ann Roe`, true},
		{`“This was a difficult decision for all of us,” said Ann Roe`, true},
		{`adds Ann Roe, "and it shows`, false},
		{`adds Ann Roe, "and it shows in every scene`, true},
	} {
		if got := longQuote(tc.in); got != tc.want {
			t.Errorf("longQuote(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
