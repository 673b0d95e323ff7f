package extract_test

import (
	"slices"
	"testing"
)

// TestQuotedCharacterPlays checks that a character's name set in double
// quotation marks before its actor's note is read whole, and played by
// the actor.
func TestQuotedCharacterPlays(t *testing.T) {
	const lead = "Harbor Lane review\n\n"
	for _, tc := range []struct{ name, text, want string }{
		{"after a title", "North Shore Sheriff “Ray Hobb” (Tom Fell) has been searching for Ann.", "Tom Fell PLAYS Ray Hobb"},
		{"straight marks", `Later, Ray enlists "Lee Marr" (Sam Dunn), a drifter.`, "Sam Dunn PLAYS Lee Marr"},
		{"one quoted word", "His son, “Skeeter” (Joe Pell), is hopeless.", "Joe Pell PLAYS Skeeter"},
		{"no marks", "Later, Ray enlists Lee Marr (Sam Dunn), a drifter.", "Sam Dunn PLAYS Lee Marr"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := extractDocs(t, lead+tc.text+"\n")[0]
			if got := claimTriples(x, "PLAYS"); !slices.Contains(got, tc.want) {
				t.Errorf("claims %q, want %q", got, tc.want)
			}
		})
	}
}

// TestGenericWordBeforeCharacter checks that a character's full name
// before its actor's note is read after a generic word that opens the
// sentence, and not after a capitalised word of a longer name.
func TestGenericWordBeforeCharacter(t *testing.T) {
	const lead = "Harbor Lane review\n\nThere were too many threads. "
	for _, tc := range []struct{ name, text, want string }{
		{"a generic word", "Would Ray Hobb (Tom Fell) ever return?", "Ray Hobb"},
		{"no word before", "Ray Hobb (Tom Fell) never returns.", "Ray Hobb"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := extractDocs(t, lead+tc.text+"\n")[0]
			for _, m := range x.Mentions {
				if m.Name == tc.want && m.Rule == "paren-character" {
					return
				}
			}
			t.Errorf("no paren-character mention %q in %+v", tc.want, x.Mentions)
		})
	}
}
