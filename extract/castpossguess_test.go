package extract_test

import "testing"

// TestGuessedPossessiveRole checks that one full name right after another's
// possessive is the role the first plays even where the corpus guessed both
// people's only by their shape, after "of" too, while kin stays kin; and
// that "of Sir A's character B" names an author's character, not a role.
func TestGuessedPossessiveRole(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"two guessed names", "A new threat comes in the form of Lena Marsh's Ivy Vantreska, who arrives in town.\n", []string{"Lena Marsh PLAYS Ivy Vantreska"}, nil},
		{"kin between", "A new threat comes in the form of Lena Marsh's sister Ivy Vantreska, who arrives in town.\n", nil, []string{"Lena Marsh PLAYS Ivy Vantreska"}},
		{"an author's character", "The show is an update of Sir Carl Venn's character Ivy Vantreska for today.\n", nil, []string{"Carl Venn PLAYS Ivy Vantreska"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkClaims(t, claimTriples(extractDocs(t, tc.text)[0], "PLAYS"), tc.want, tc.not)
		})
	}
}
