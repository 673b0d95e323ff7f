package extract_test

import "testing"

// TestBookSeriesOwnerIsNoCommonWord checks that "novels" or "books" after
// words the corpus writes in lower case, or generic words, names no book
// series, while a title before them does.
func TestBookSeriesOwnerIsNoCommonWord(t *testing.T) {
	checkKept(t, []keptCase{
		{"an article opens the sentence", "Tom Orrin wrote a series of mystery novels about a sheriff. The novels were adapted into a drama.\n", "The novels", false},
		{"an adverb the corpus writes in lower case", "Ada Quill is a sheriff in the first book, and later a judge. Later novels add her brother.\n", "Later novels", false},
		{"a title before the noun", "Tom Orrin wrote the Salt Marsh novels, and later a memoir.\n", "Salt Marsh novels", true},
	})
}
