package extract_test

import "testing"

// TestPossessiveRole checks that "Actor's Role" names the actor's role
// where the corpus guessed the role a person's only by its shape, and that
// the actor's own people ("his wife", "her co-star") and an organisation's
// people are not read as roles.
func TestPossessiveRole(t *testing.T) {
	const page = "# Harbour Watch\n\nHarbour Watch is a British crime drama television series starring Tom Rellow.\n\nTom Rellow is an English actor. "
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"role-after-surname", "Rellow's Martin Crale left partway through the third season.\n", []string{"Rellow PLAYS Martin Crale"}, nil},
		{"curly-apostrophe", "Rellow’s Martin Crale left partway through the third season.\n", []string{"Rellow PLAYS Martin Crale"}, nil},
		{"wife", "Rellow's wife Jane Kettering joined him at the premiere.\n", nil, []string{"Rellow PLAYS Jane Kettering"}},
		{"co-star", "Rellow's co-star Jane Kettering joined him at the premiere.\n", nil, []string{"Rellow PLAYS Jane Kettering"}},
		{"organisation", "Netflix's Ruth Averly praised the show.\n", nil, []string{"Netflix PLAYS Ruth Averly"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkClaims(t, claimTriples(extractDocs(t, page+tc.text)[0], "PLAYS"), tc.want, tc.not)
		})
	}
}
