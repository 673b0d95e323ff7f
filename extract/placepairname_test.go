package extract_test

import (
	"testing"

	"github.com/kgbuild/kg/graph"
)

// TestPlacePairNotAPerson checks that the second name of "from X, Y" that
// opens with a given name and is no known place is not read as a region,
// while a known place there still is.
func TestPlacePairNotAPerson(t *testing.T) {
	checkTypes(t, []typeCase{
		{"person-listed", "The show has strong performances from Vance, Karen Lowe and the others.\n", "Karen Lowe", graph.Person},
		{"known-place", "The show was filmed in Tromsø, Norway, over a winter.\n", "Tromsø", graph.Place},
	})
}
