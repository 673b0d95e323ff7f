package extract_test

import (
	"testing"

	"github.com/kgbuild/kg/extract"
)

// mentionRule returns the rule of the first mention named name in x, or
// "-" when there is none.
func mentionRule(x *extract.Extraction, name string) string {
	return mentionField(x, name, func(m extract.Mention) string { return m.Rule })
}

// TestNameWordKept checks that a lone word no pattern confirms is kept,
// untyped, as the short form of a person's or character's name the same
// document gives in full, also after a generic word that opens the
// sentence, and dropped otherwise: with no such name, or after an article
// at the start of a sentence, where it opens a title.
func TestNameWordKept(t *testing.T) {
	const lead = "The review is here.\n\n"
	for _, tc := range []struct{ name, text, who, wantRule string }{
		{"beside-full-name", lead + "The neighbour Ilse Varga swore everyone to secrecy. Later the chief blamed Ilse for the mess.\n",
			"Ilse", "word-of-full-name"},
		{"after-an-opening-word", lead + "The neighbour Ilse Varga swore everyone to secrecy. After Ilse's arrest the chief resigned.\n",
			"Ilse", "word-of-full-name"},
		{"no-full-name", lead + "The detective swore everyone to secrecy. Later the chief blamed Varga for the mess.\n",
			"Varga", "-"}, // no given name either (see TestLoneGivenName)
		{"after-an-article", lead + "The neighbour Ilse Varga swore everyone to secrecy. The Varga opened in May.\n",
			"Varga", "-"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := extractDocs(t, tc.text)[0]
			got := mentionRule(x, tc.who)
			if got != tc.wantRule {
				t.Errorf("%q: rule %q, want %q (mentions %+v)", tc.who, got, tc.wantRule, x.Mentions)
			}
			if got != "-" && mentionType(x, tc.who) != "" {
				t.Errorf("%q: typed %q, want untyped (mentions %+v)", tc.who, mentionType(x, tc.who), x.Mentions)
			}
		})
	}
}
