package extract_test

import "testing"

// foundTypeCase is one document and the type its first mention named who
// should be found with, or "-" when no mention of that name should be kept.
type foundTypeCase struct{ name, text, who, wantType string }

// checkFoundTypes extracts each case's text alone and compares the type of
// its mention with the one wanted, "-" standing for no mention.
func checkFoundTypes(t *testing.T, cases []foundTypeCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			x := extractDocs(t, tc.text)[0]
			got := "-"
			if mentionRule(x, tc.who) != "-" {
				got = mentionType(x, tc.who)
			}
			if got != tc.wantType {
				t.Errorf("%q: type %q, want %q (rule %q, mentions %+v)",
					tc.who, got, tc.wantType, mentionRule(x, tc.who), x.Mentions)
			}
		})
	}
}
