package extract_test

import "testing"

// TestCastParenHoldsBack checks that a note in parentheses that is no
// actor's name is not typed as one by rule paren-actor.
func TestCastParenHoldsBack(t *testing.T) {
	cases := []struct {
		name, text, note string
	}{
		{"title with an article", "He was superb as ever, Bob Hale (The Long Night) said.\n", "The Long Night"},
		{"list of credits", "Speaking from home, Keenan (Being Human, Little Boy Blue) explains it.\n", "Little Boy Blue"},
		{"credits with a title", "The season featured Tom Fell (Marlow and the Tower of Salt) and Nicola Parks (Velvet Nights).\n", "Velvet Nights"},
		{"acronym", "The Robbery-Homicide Division (RHD) takes the case.\n", "RHD"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			for _, x := range trialDocs(t, tc.text) {
				for _, m := range x.Mentions {
					if m.Name == tc.note && m.Rule == "paren-actor" {
						t.Errorf("%q typed %s by paren-actor", m.Name, m.Type)
					}
				}
			}
		})
	}
}
