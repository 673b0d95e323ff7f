package extract_test

import "testing"

// TestQuotedOutlet checks that one word after a capitalised "The" inside
// a sentence is a publication when someone spoke to it or it speaks, and
// is none by that rule alone otherwise.
func TestQuotedOutlet(t *testing.T) {
	const lead = "The review is here.\n\n"
	for _, tc := range []struct{ name, text, who, wantType string }{
		{"spoken-to", lead + "Ada Crane told The Courier that the second season is darker.\n", "The Courier", "Organization"},
		{"speaking", lead + "Indeed, The Courier describes the drama as a slow burn.\n", "The Courier", "Organization"},
		{"no-speech", lead + "Ada Crane never saw The Courier before the second season.\n", "The Courier", "-"},
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
