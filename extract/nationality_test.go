package extract_test

import "testing"

// TestNationalityCompound checks that a nationality made a compound
// ("Russian-born") is no place, while a place's name made one
// ("Wexmoor-based") still is.
func TestNationalityCompound(t *testing.T) {
	const lead = "The review is here.\n\n"
	for _, tc := range []struct{ name, text, who, wantType string }{
		{"nationality", lead + "Nobody would suspect the couple are Russian-born agents living in the suburbs.\n", "Russian", "-"},
		{"place", lead + "Nobody would suspect the couple are Wexmoor-based agents living in the suburbs.\n", "Wexmoor", "Place"},
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
