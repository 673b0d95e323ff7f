package extract_test

import "testing"

// TestWikiDraftTitle checks that a wiki's draft page ("User:Name/Title (TV
// series)", "Draft:Title (TV series)") is about the series it drafts, not
// about a series named with the namespace.
func TestWikiDraftTitle(t *testing.T) {
	const body = "\n\nStarring | Mara Voss\n\nDockside Nine is a crime drama television series.\n"
	for _, tc := range []struct {
		name, title string
		want, not   []string
	}{
		{"user-draft", "User:Jo Lenz/Dockside Nine (TV series)",
			[]string{"Mara Voss STARS_IN Dockside Nine"}, []string{"Mara Voss STARS_IN User:Jo Lenz/Dockside Nine"}},
		{"draft", "Draft:Dockside Nine (TV series)",
			[]string{"Mara Voss STARS_IN Dockside Nine"}, []string{"Mara Voss STARS_IN Draft:Dockside Nine"}},
		{"plain", "Dockside Nine (TV series)",
			[]string{"Mara Voss STARS_IN Dockside Nine"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := extractDocs(t, tc.title+body)[0]
			checkClaims(t, claimTriples(x, "STARS_IN"), tc.want, tc.not)
		})
	}
}

// TestCommonWordOpensTitle checks that a common word that is also page
// furniture ("Top", as in "Back to top") stays part of a title it opens.
func TestCommonWordOpensTitle(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"top", "Top Harbor renewed\n\nMara Voss returns in Top Harbor, the drama created by Dana Whit.\n",
			[]string{"Dana Whit CREATED Top Harbor"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := extractDocs(t, tc.text)[0]
			checkClaims(t, claimTriples(x, "CREATED"), tc.want, nil)
		})
	}
}
