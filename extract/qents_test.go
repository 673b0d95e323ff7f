package extract_test

import (
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

// mentionType returns the type of the first mention named name in x, or "-"
// when there is none.
func mentionType(x *extract.Extraction, name string) string {
	for _, m := range x.Mentions {
		if m.Name == name {
			return m.Type
		}
	}
	return "-"
}

// TestLoneNameOpeningBeforeActor checks that a lone name that opens a
// sentence is kept when an actor's name in parentheses follows it, as a
// character's is mid-sentence, and still dropped without one.
func TestLoneNameOpeningBeforeActor(t *testing.T) {
	for _, tc := range []struct {
		name, text, char, want string
	}{
		{"opens-sentence", "The season begins badly. Corran (Mira Tolliver), cast out of the unit, tells the gang everything.\n", "Corran", graph.Character},
		{"mid-sentence", "The season begins badly, and Corran (Mira Tolliver) tells the gang everything.\n", "Corran", graph.Character},
		{"no-actor", "The season begins badly. Corran, cast out of the unit, tells the gang everything.\n", "Corran", "-"},
		{"lower-case-aside", "The season begins badly. Meanwhile (as usual) the gang talks.\n", "Meanwhile", "-"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := extractDocs(t, tc.text)[0]
			if got := mentionType(x, tc.char); got != tc.want {
				t.Errorf("%q: type %q, want %q (mentions %+v)", tc.char, got, tc.want, x.Mentions)
			}
		})
	}
}

// TestSeriesFinaleOfQuoted checks that a title after "the series finale
// of", "the season premiere of" is a series, in quotation marks or not.
func TestSeriesFinaleOfQuoted(t *testing.T) {
	for _, tc := range []struct {
		name, text, title, want string
	}{
		{"series-finale-quoted", "A review of the series finale of \"The Ledger\" coming up soon.\n", "The Ledger", graph.Series},
		{"season-premiere-plain", "We watched the season premiere of Harbor Nights with friends.\n", "Harbor Nights", graph.Series},
		{"finale-quoted", "We watched the finale of \"Harbor Nights\" with friends.\n", "Harbor Nights", graph.Series},
		{"quoted-speech", "He shouted \"Harbor Nights\" at the crowd.\n", "Harbor Nights", "-"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := extractDocs(t, tc.text)[0]
			if got := mentionType(x, tc.title); got != tc.want {
				t.Errorf("%q: type %q, want %q (mentions %+v)", tc.title, got, tc.want, x.Mentions)
			}
		})
	}
}
