package extract_test

import (
	"strings"
	"testing"
)

// TestCharacterPageSeries checks that a character page's "Series" field
// names the series the character and the kin its fields list appear in,
// and that the same field on a page about no character relates nothing.
func TestCharacterPageSeries(t *testing.T) {
	const page = "= Nora Pell =\n\nNora Pell\n- KEY: Harbour Nine\n- Portrayer: Mara Voss\n- Family: Owen Pell (father)\n\n" +
		"Nora Pell is a fictional character and the protagonist of the crime drama Harbour Nine. She consults for the Coastal Bureau of Inquiry.\n"
	const episode = "= The Drowned Light =\n\nThe Drowned Light\n- KEY: Harbour Nine\n- Directed by: Lena Hart\n\n" +
		"\"The Drowned Light\" is the first episode of the crime drama.\n"
	for _, tc := range []struct {
		name, text, key string
		want, not       []string
	}{
		{"series-field", page, "Series", []string{"Nora Pell APPEARS_IN Harbour Nine", "Owen Pell APPEARS_IN Harbour Nine"}, nil},
		{"show-field", page, "Show", []string{"Nora Pell APPEARS_IN Harbour Nine", "Owen Pell APPEARS_IN Harbour Nine"}, nil},
		{"episode-page", episode, "Series", nil, []string{"The Drowned Light APPEARS_IN Harbour Nine"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := claimTriples(extractDocs(t, strings.Replace(tc.text, "KEY", tc.key, 1))[0], "APPEARS_IN")
			checkClaims(t, got, tc.want, tc.not)
		})
	}
}
