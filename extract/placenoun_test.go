package extract_test

import (
	"testing"

	"github.com/kgbuild/kg/graph"
)

// TestPlaceNoun checks that a name between its article and a noun of a part
// of a town is a place, and that the noun without the article, or another
// noun after the name, does not make one.
func TestPlaceNoun(t *testing.T) {
	checkTypes(t, []typeCase{
		{"district", "Their racket dominates the Little Marsh district of the city.\n", "Little Marsh", graph.Place},
		{"neighbourhood", "They moved to a flat in the Harrow Vale neighbourhood last spring.\n", "Harrow Vale", graph.Place},
		{"no-article", "The lawyers of Tovin Rusk estate met on Monday.\n", "Tovin Rusk", graph.Person},
		{"other-noun", "Their racket dominates the Little Marsh Gazette of the city.\n", "Little Marsh Gazette", graph.Organization},
	})
}
