package extract_test

import "testing"

// TestPictureNoteIsNoCredit checks that parentheses after a name that open
// with a picture credit's label name no other work of the person, while a
// title in parentheses still does.
func TestPictureNoteIsNoCredit(t *testing.T) {
	checkKept(t, []keptCase{
		{"photo label", "Harbor is a drama.\n\nAda Quill as Nora (Photo: Lumen)\n\nThe season ends in May.\n", "Photo: Lumen", false},
		{"image credit label", "Harbor is a drama.\n\nAda Quill as Nora (Image credit: Lumen)\n\nThe season ends in May.\n", "Image credit: Lumen", false},
		{"a title is a credit", "The season featured Tom Fell (Velvet Nights) as the mayor.\n", "Velvet Nights", true},
	})
}
