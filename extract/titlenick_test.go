package extract_test

import (
	"slices"
	"testing"
)

// TestTitleBeforeNickname checks that a title word before a name that
// opens with a quoted nickname is split off without the nickname's opening
// mark, whatever form the marks take.
func TestTitleBeforeNickname(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{"curly double marks", "Harbor Lights is a crime drama. Tom Brandt plays Officer “Dewey” Dudek, a recovering alcoholic.", "“Dewey” Dudek"},
		{"straight double marks", `Harbor Lights is a crime drama. Tom Brandt plays Officer "Dewey" Dudek, a recovering alcoholic.`, `"Dewey" Dudek`},
		{"no title", "Harbor Lights is a crime drama. Tom Brandt plays Ray “Dewey” Dudek, a recovering alcoholic.", "Ray “Dewey” Dudek"},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := extractDocs(t, c.text)[0]
			var got []string
			for _, m := range x.Mentions {
				got = append(got, m.Name)
			}
			if !slices.Contains(got, c.want) {
				t.Errorf("mentions %q, want %q", got, c.want)
			}
		})
	}
}

// TestParenCastNickname checks that "Character (Actor)" reads a character
// whose name holds a quoted nickname, in any form of the marks, at the
// start of a sentence too.
func TestParenCastNickname(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{"curly marks opening the sentence", "Harbor Lights is a crime drama. Joshua “J” Cody (Liam Crane) moves in with his relatives.", "Liam Crane PLAYS Joshua “J” Cody"},
		{"straight marks opening the sentence", `Harbor Lights is a crime drama. Joshua "Jay" Cody (Liam Crane) moves in with his relatives.`, `Liam Crane PLAYS Joshua "Jay" Cody`},
		{"single curly marks", "Harbor Lights is a crime drama. Joshua ‘Jay’ Cody (Liam Crane) moves in with his relatives.", "Liam Crane PLAYS Joshua ‘Jay’ Cody"},
		{"no nickname", "Harbor Lights is a crime drama. Joshua Cody (Liam Crane) moves in with his relatives.", "Liam Crane PLAYS Joshua Cody"},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkClaims(t, claimTriples(extractDocs(t, c.text)[0], "PLAYS"), []string{c.want}, nil)
		})
	}
}
