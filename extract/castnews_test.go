package extract_test

import "testing"

// TestCastNews checks casting news and a review's cast section: notes in
// parentheses after new cast members are their other work, not roles, and
// the members star in the series; actors a review names with their roles
// after "Who's in it?", or in the entries of a main cast ("Main cast" over
// "Ilse Brandt (Mara Voss)"), star in the series; "also starred for seven
// seasons as" is a star's credit.
func TestCastNews(t *testing.T) {
	const page = "Dockside Nine (TV series)\n\nDockside Nine is a crime drama television series.\n\n"
	// Another page, from which the corpus knows the actors as people.
	const lexicon = "Harbor Lights (TV series)\n\nHarbor Lights is a drama television series. It stars Mara Voss, Tom Reyes and Dana Whit.\n"
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"new-cast-members", "New cast members include Mara Voss (Salt), Tom Reyes (Black Lantern) and Dana Whit.\n",
			[]string{"Mara Voss STARS_IN Dockside Nine", "Tom Reyes STARS_IN Dockside Nine", "Dana Whit STARS_IN Dockside Nine"},
			[]string{"Mara Voss PLAYS Salt", "Tom Reyes PLAYS Black Lantern"}},
		{"joined-by-newcomer", "The leads are joined by newcomer Mara Voss (Salt) and Tom Reyes.\n",
			[]string{"Mara Voss STARS_IN Dockside Nine", "Tom Reyes STARS_IN Dockside Nine"}, []string{"Mara Voss PLAYS Salt"}},
		{"who-is-in-it", "Who's in it?\n\nThe harbour squad is led by Ilse Brandt (Mara Voss) and Peter Grady (Tom Reyes).\n",
			[]string{"Mara Voss STARS_IN Dockside Nine", "Tom Reyes STARS_IN Dockside Nine", "Mara Voss PLAYS Ilse Brandt"}, nil},
		{"no-question", "What I like\n\nThe harbour squad is led by Ilse Brandt (Mara Voss) and Peter Grady (Tom Reyes).\n",
			[]string{"Mara Voss PLAYS Ilse Brandt"}, []string{"Mara Voss STARS_IN Dockside Nine"}},
		{"main-cast-entries", "Main cast\n\nDr Ilse Brandt (Mara Voss)\n\nIlse was brought up in Bergen and joined the team early.\n\nDI Peter Grady (Tom Reyes)\n\nPeter is impulsive and clever.\n",
			[]string{"Mara Voss STARS_IN Dockside Nine", "Tom Reyes STARS_IN Dockside Nine"}, nil},
		{"guest-cast-entries", "Guest cast\n\nDr Ilse Brandt (Mara Voss)\n\nIlse was brought up in Bergen and joined the team early.\n\nDI Peter Grady (Tom Reyes)\n\nPeter is impulsive and clever.\n",
			nil, []string{"Mara Voss STARS_IN Dockside Nine", "Tom Reyes STARS_IN Dockside Nine"}},
		{"also-starred-for", "Tom Reyes also starred for seven seasons as Officer Peter Grady.\n",
			[]string{"Tom Reyes STARS_IN Dockside Nine"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := extractDocs(t, lexicon, page+tc.text)[1]
			checkClaims(t, claimTriples(x, "STARS_IN", "PLAYS"), tc.want, tc.not)
		})
	}
}

// TestGluedParenCast checks "Character(Actor)" in a caption copied with no
// space before the parenthesis.
func TestGluedParenCast(t *testing.T) {
	const page = "Dockside Nine (TV series)\n\nDockside Nine is a crime drama television series.\n\n"
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"caption", "Ilse Brandt(Mara Voss) and her partner, Peter Grady(Tom Reyes) in Dockside Nine.\n",
			[]string{"Mara Voss PLAYS Ilse Brandt", "Tom Reyes PLAYS Peter Grady"}},
		{"spaced", "Ilse Brandt (Mara Voss) and her partner, Peter Grady (Tom Reyes) in Dockside Nine.\n",
			[]string{"Mara Voss PLAYS Ilse Brandt", "Tom Reyes PLAYS Peter Grady"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := extractDocs(t, page+tc.text)[0]
			checkClaims(t, claimTriples(x, "PLAYS"), tc.want, nil)
		})
	}
}
