package extract_test

import (
	"testing"

	"github.com/kgbuild/kg/graph"
)

// TestAdaptedFromList checks that the titles listed after "adapted from"
// are books, one word or several, and not a place pair; and that a list
// after an author's possessive makes no book of the titles.
func TestAdaptedFromList(t *testing.T) {
	checkTypes(t, []typeCase{
		{"first", "Work began on the films, adapted from Cold Water, Nightline and One Last Turn, in January.\n", "Cold Water", graph.Book},
		{"second", "Work began on the films, adapted from Cold Water, Nightline and One Last Turn, in January.\n", "Nightline", graph.Book},
		{"last-with-small-word", "Work began on the films, adapted from Cold Water, Nightline and Man of the Hour, in January.\n", "Man of the Hour", graph.Book},
		{"the-novels", "The episodes were adapted from the novels Cold Water and Nightline by the author.\n", "Nightline", graph.Book},
		{"author-possessive", "The films were adapted from Tovin Rusk's Quillmark and Nightline in January.\n", "Quillmark", "-"},
	})
}
