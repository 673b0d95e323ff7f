package extract_test

import "testing"

// TestHeadlineGuess checks that in a title-cased headline, here a page's
// title line that ends with the page's address, a run of capitalised words
// that opens with no given name is not guessed a person's, while a name
// that opens with one is, and the same words in prose keep their guess.
func TestHeadlineGuess(t *testing.T) {
	const headline = "Nina Falk, Tom Reyes, And A Murderous Secret: A Harbor Review In Five Parts | Site — https://example.com/tv/harbor-review-nina-falk/\n\nThe drama returns in November.\n"
	checkKept(t, []keptCase{
		{"headline's words", headline, "Murderous Secret", false},
		{"headline's last words", headline, "Five Parts", false},
		{"a renewal's words", "Harbor Lights Officially Renewed for Season Three — https://example.com/harbor-lights-renewed-season-three/\n\nThe drama returns.\n", "Officially Renewed", false},
		{"a person in the headline", headline, "Tom Reyes", true},
		{"the same words in prose", "The drama stars Murderous Secret as the villain, a part written for him.\n", "Murderous Secret", true},
	})
}
