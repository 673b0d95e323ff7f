package extract_test

import "testing"

// TestNationalityCompound checks that a nationality made a compound
// ("Russian-born") is no place, while a place's name made one
// ("Wexmoor-based") still is.
func TestNationalityCompound(t *testing.T) {
	const lead = "The review is here.\n\n"
	checkTypes(t, []typeCase{
		{"nationality", lead + "Nobody would suspect the couple are Russian-born agents living in the suburbs.\n", "Russian", "-"},
		{"place", lead + "Nobody would suspect the couple are Wexmoor-based agents living in the suburbs.\n", "Wexmoor", "Place"},
	})
}
