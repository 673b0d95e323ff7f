package extract_test

import (
	"slices"
	"testing"
)

// TestFactBoxLabels checks that the cast label of a newspaper's fact box
// is read as a field ("Who’s in it:" lists the series' cast), and that the
// full stop of a value written as prose is no part of its last name, where
// an abbreviation's period is.
func TestFactBoxLabels(t *testing.T) {
	const box = "You Should Be Watching: 'Nightfall'\n\nIf you like slow mysteries, binge-watch \"Nightfall.\"\n\nTitle: \"Nightfall\"\n\nYear it began: 2011\n\n"
	for _, tc := range []struct{ name, line, want string }{
		{"cast, curly apostrophe", "Who’s in it: Lena Marsh, Noah Bean and Kevin Dunn.\n", "Noah Bean STARS_IN Nightfall"},
		{"cast, straight apostrophe", "Who's in it: Lena Marsh, Noah Bean and Kevin Dunn.\n", "Kevin Dunn STARS_IN Nightfall"},
		{"a company's abbreviation keeps its period", "Production company: Fabel Bros.\n", "Nightfall PRODUCED_BY Fabel Bros."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := extractDocs(t, box+tc.line)[0]
			got := claimTriples(x)
			if !slices.Contains(got, tc.want) {
				t.Errorf("claims %q, want %q", got, tc.want)
			}
		})
	}
}
