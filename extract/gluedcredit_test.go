package extract_test

import "testing"

// TestGluedPhotoCredit checks that a photographer's credit run on from
// the caption's last word ("HarborJane Doe/NBC") gives the photographer's
// name alone, while a name written with an inner capital stays whole.
func TestGluedPhotoCredit(t *testing.T) {
	checkKept(t, []keptCase{
		{"glued to the caption", "HarborChris Dunmore/UBN\n\nThe drama returns in May.\n", "Chris Dunmore", true},
		{"the glued word", "HarborChris Dunmore/UBN\n\nThe drama returns in May.\n", "HarborChris Dunmore", false},
		{"an inner capital", "Photo: Tom DiNardo/UBN\n\nThe drama returns in May.\n", "Tom DiNardo", true},
	})
}
