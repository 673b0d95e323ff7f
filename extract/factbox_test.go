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

// TestMadeForBroadcaster checks that a companies' field that says whom the
// companies made the show for ("Harbour Films for the Northern Broadcasting
// Corporation and Vexmoor Television") credits the companies before "for"
// as producers, and neither the broadcaster after it nor the values after
// that.
func TestMadeForBroadcaster(t *testing.T) {
	const page = "= Nightfall (TV series) =\n\nGenre Crime drama\nRunning time 60 minutes\n"
	for _, tc := range []struct {
		name, line string
		want, not  []string
	}{
		{"for-the", "Production company(s) Gull Pictures, in association with Harbour Films for the Northern Broadcasting Corporation and Vexmoor Television\n",
			[]string{"Nightfall PRODUCED_BY Gull Pictures", "Nightfall PRODUCED_BY Harbour Films"},
			[]string{"Nightfall PRODUCED_BY Northern Broadcasting Corporation", "Nightfall PRODUCED_BY Vexmoor Television", "Nightfall PRODUCED_BY Harbour Films for the Northern Broadcasting Corporation"}},
		{"no-for", "Production company(s) Gull Pictures and Harbour Films\n",
			[]string{"Nightfall PRODUCED_BY Gull Pictures", "Nightfall PRODUCED_BY Harbour Films"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkClaims(t, claimTriples(extractDocs(t, page+tc.line)[0], "PRODUCED_BY"), tc.want, tc.not)
		})
	}
}
