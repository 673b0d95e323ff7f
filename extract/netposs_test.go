package extract_test

import (
	"slices"
	"testing"
)

// TestNetworkPossessiveApostrophe checks that a network whose name ends
// in s, written with the apostrophe alone ("KBS’ new drama"), airs the
// series its possessive names, as "KBC's" does.
func TestNetworkPossessiveApostrophe(t *testing.T) {
	const page = "= Nightfall (TV series) =\n\nInfobox\n- Network: KBS, KBC\n\n"
	for _, tc := range []struct{ name, text, want string }{
		{"apostrophe alone, curly", "KBS’ new legal drama “Nightfall” debuts tonight.\n", "KBS"},
		{"apostrophe alone, straight", "Detective Ivy Cole of KBS' Nightfall returns.\n", "KBS"},
		{"apostrophe and s", "KBC's Nightfall returns.\n", "KBC"},
		{"a quoted name's closing mark is no possessive", "The ride begins in the ‘KBS’ spinoff ‘Nightfall’ tonight.\n", "-"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := extractDocs(t, page, tc.text)[1]
			var got []string
			for _, c := range x.Claims {
				if c.Predicate == "AIRS_ON" && c.Subject >= 0 && x.Mentions[c.Subject].Name == "Nightfall" {
					got = append(got, x.Mentions[c.Object].Name)
				}
			}
			if tc.want == "-" && slices.Contains(got, "KBS") || tc.want != "-" && !slices.Contains(got, tc.want) {
				t.Errorf("airs on %q, want %s", got, tc.want)
			}
		})
	}
}
