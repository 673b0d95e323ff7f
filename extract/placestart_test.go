package extract_test

import "testing"

// TestKnownPlaceOpensSentence checks that a well-known place's name alone
// at the start of a sentence is found, as an unknown lone word there is
// not (a capitalised common word).
func TestKnownPlaceOpensSentence(t *testing.T) {
	const lead = "The review is here.\n\n"
	for _, tc := range []struct{ name, text, who, wantType string }{
		{"known-place", lead + "Toronto native Ada Crane heads a special unit of the police.\n", "Toronto", "Place"},
		{"unknown-word", lead + "Wexmoor native Ada Crane heads a special unit of the police.\n", "Wexmoor", "-"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := extractDocs(t, tc.text)[0]
			got := "-"
			if mentionRule(x, tc.who) != "-" {
				got = mentionType(x, tc.who)
			}
			if got != tc.wantType {
				t.Errorf("%q: type %q, want %q (mentions %+v)", tc.who, got, tc.wantType, x.Mentions)
			}
		})
	}
}
