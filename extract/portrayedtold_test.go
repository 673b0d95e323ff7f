package extract_test

import "testing"

// TestPortrayedByTold checks a character's entry whose "Portrayed by" line
// goes on past the actor: every actor it names plays the character, and
// the rest of the line describes the character as a cast line's does.
func TestPortrayedByTold(t *testing.T) {
	const page = "Dockside Nine\n\nDockside Nine is a crime drama television series set in a port town.\n\n"
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"actors-at-other-ages", "Ilse Brandt\n\nPortrayed by Mara Voss and as a child, Tom Reyes (Season 1) and Dana Whit ( Season 2). Ilse is a detective.\n",
			[]string{"Mara Voss PLAYS Ilse Brandt", "Tom Reyes PLAYS Ilse Brandt", "Dana Whit PLAYS Ilse Brandt"}, nil},
		{"description", "Peter Grady\n\nPortrayed by Tom Reyes. He is the head detective for the Harbor City Police Department.\n",
			[]string{"Tom Reyes PLAYS Peter Grady", "Peter Grady MEMBER_OF Harbor City Police Department"}, nil},
		{"own-name", "Peter Grady\n\nPortrayed by Peter Grady. Peter is a detective.\n",
			nil, []string{"Peter Grady PLAYS Peter Grady"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := extractDocs(t, page+tc.text)[0]
			checkClaims(t, claimTriples(x, "PLAYS", "MEMBER_OF"), tc.want, tc.not)
		})
	}
}
