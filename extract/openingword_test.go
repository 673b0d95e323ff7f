package extract_test

import "testing"

// TestOpeningPrepositionIsNoNameWord checks that a preposition or an
// adverb of time that opens a sentence ("Despite", "Later") is trimmed
// off the name after it, as the common words are.
func TestOpeningPrepositionIsNoNameWord(t *testing.T) {
	checkKept(t, []keptCase{
		{"despite", "Despite Ada Quill's warning, the sheriff goes back to the lake.\n", "Ada Quill", true},
		{"despite stays off", "Despite Ada Quill's warning, the sheriff goes back to the lake.\n", "Despite Ada Quill", false},
		{"following", "Following Tom Orrin's arrest, the deputy takes over the case.\n", "Following Tom Orrin", false},
		{"later", "Later Tom Orrin finds the boat on the shore.\n", "Later Tom Orrin", false},
		{"later's name", "Later Tom Orrin finds the boat on the shore.\n", "Tom Orrin", true},
	})
}
