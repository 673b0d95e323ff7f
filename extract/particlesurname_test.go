package extract_test

import (
	"slices"
	"testing"
)

// TestParticleSurnameAfterGiven checks that a character the corpus knows by
// a surname that opens with a name particle ("Van Roon") is read with the
// well-known given name written right before it as one longer name, and
// alone after a title or in a list.
func TestParticleSurnameAfterGiven(t *testing.T) {
	const castPage = "= Harbor (TV series) =\n\nCast\n\nLena Marsh as Van Roon\nTom Fell as Ivy Cole\n"
	cases := []struct {
		name, text string
		want, not  []string
	}{
		{"a given name before it", "The episode features Ivy Cole, Walter Van Roon and a dog.\n", []string{"Walter Van Roon"}, []string{"Van Roon", "Walter"}},
		{"a title before it", "The episode features Ivy Cole, Agent Van Roon and a dog.\n", []string{"Van Roon"}, []string{"Agent Van Roon"}},
		{"a list before it", "The episode features Ivy Cole, Van Roon and a dog.\n", []string{"Van Roon"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			xs := trialDocs(t, castPage, c.text)
			var got []string
			for _, m := range xs[1].Mentions {
				got = append(got, m.Name)
			}
			for _, w := range c.want {
				if !slices.Contains(got, w) {
					t.Errorf("no mention %q; got %q", w, got)
				}
			}
			for _, w := range c.not {
				if slices.Contains(got, w) {
					t.Errorf("a mention %q; got %q", w, got)
				}
			}
		})
	}
}
