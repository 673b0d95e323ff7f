package extract_test

import "testing"

// TestKnownPlaceOpensSentence checks that a well-known place's name alone
// at the start of a sentence is found, as an unknown lone word there is
// not (a capitalised common word).
func TestKnownPlaceOpensSentence(t *testing.T) {
	const lead = "The review is here.\n\n"
	checkTypes(t, []typeCase{
		{"known-place", lead + "Toronto native Ada Crane heads a special unit of the police.\n", "Toronto", "Place"},
		{"unknown-word", lead + "Wexmoor native Ada Crane heads a special unit of the police.\n", "Wexmoor", "-"},
	})
}
