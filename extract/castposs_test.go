package extract_test

import (
	"slices"
	"testing"
)

// TestPossessiveRole checks that "Actor's Role" names the actor's role
// where the corpus guessed the role a person's only by its shape, and that
// the actor's own people ("his wife", "her co-star") and an organisation's
// people are not read as roles.
func TestPossessiveRole(t *testing.T) {
	const page = "# Harbour Watch\n\nHarbour Watch is a British crime drama television series starring Tom Rellow.\n\nTom Rellow is an English actor. "
	for _, tc := range []struct {
		name, text, want, not string
	}{
		{"role-after-surname", "Rellow's Martin Crale left partway through the third season.\n", "Rellow PLAYS Martin Crale", ""},
		{"curly-apostrophe", "Rellow’s Martin Crale left partway through the third season.\n", "Rellow PLAYS Martin Crale", ""},
		{"wife", "Rellow's wife Jane Kettering joined him at the premiere.\n", "", "Rellow PLAYS Jane Kettering"},
		{"co-star", "Rellow's co-star Jane Kettering joined him at the premiere.\n", "", "Rellow PLAYS Jane Kettering"},
		{"organisation", "Netflix's Ruth Averly praised the show.\n", "", "Netflix PLAYS Ruth Averly"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := extractDocs(t, page+tc.text)[0]
			got := claimTriples(x, "PLAYS")
			if tc.want != "" && !slices.Contains(got, tc.want) || tc.not != "" && slices.Contains(got, tc.not) {
				t.Errorf("claims %q, want %q and not %q", got, tc.want, tc.not)
			}
		})
	}
}
