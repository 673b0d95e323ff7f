package extract_test

import "testing"

// TestQuotedOutlet checks that one word after a capitalised "The" inside
// a sentence is a publication when someone spoke to it or it speaks, and
// is none by that rule alone otherwise.
func TestQuotedOutlet(t *testing.T) {
	const lead = "The review is here.\n\n"
	checkTypes(t, []typeCase{
		{"spoken-to", lead + "Ada Crane told The Courier that the second season is darker.\n", "The Courier", "Organization"},
		{"speaking", lead + "Indeed, The Courier describes the drama as a slow burn.\n", "The Courier", "Organization"},
		{"no-speech", lead + "Ada Crane never saw The Courier before the second season.\n", "The Courier", "-"},
	})
}
