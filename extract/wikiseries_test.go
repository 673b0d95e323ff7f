package extract_test

import "testing"

// TestWikiSeries checks that a page of a fan wiki ("Harbor Nine Wiki" over
// its text, or after its title) is about the wiki's series, so that the
// characters its story names appear in it; a page that names the series
// as often but from no such wiki says too little.
func TestWikiSeries(t *testing.T) {
	const lexicon = "Harbor Nine (TV series)\n\nHarbor Nine is a crime drama television series. It stars Mara Voss as Ilse Brandt.\n"
	const story = "\n\nIlse Brandt in Season 2\n\nIlse Brandt remains the lead of Harbor Nine in the second season. Ilse questions the smuggler Oskar Lindqvist, who names his partner Petra Halloran.\n"
	for _, tc := range []struct {
		name, head string
		want, not  []string
	}{
		{"site-line", "Ilse Brandt in Season 2\nexample.com/wiki\nHarbor Nine Wiki",
			[]string{"Ilse Brandt APPEARS_IN Harbor Nine", "Oskar Lindqvist APPEARS_IN Harbor Nine"}, nil},
		{"title-note", "Ilse Brandt (Harbor Nine Wiki)\nexample.com/wiki",
			[]string{"Oskar Lindqvist APPEARS_IN Harbor Nine"}, nil},
		{"no-wiki", "Ilse Brandt in Season 2\nexample.com/blog",
			nil, []string{"Oskar Lindqvist APPEARS_IN Harbor Nine"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := extractDocs(t, lexicon, tc.head+story)[1]
			checkClaims(t, claimTriples(x, "APPEARS_IN"), tc.want, tc.not)
		})
	}
}
