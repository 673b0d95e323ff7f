package extract_test

import (
	"testing"

	"github.com/kgbuild/kg/graph"
)

// TestPlaceAfterPlaceAndAnd checks that a lone word the tagger calls a
// place after "in X and" or "the towns of X and" is typed a place, as the
// first of the pair is, and that a person after "in X and" stays one.
func TestPlaceAfterPlaceAndAnd(t *testing.T) {
	const lead = "The review is here.\n\n"
	checkTypes(t, []typeCase{
		{"in a place and", lead + "The third series began filming in the summer in Oslo and Tartu last year.\n", "Tartu", graph.Place},
		{"the towns of", lead + "The pilot was filmed in the towns of Fall Creek and Uppsala, not far from the coast.\n", "Uppsala", graph.Place},
		{"a person after", lead + "The series stars Tom Vale in Oslo and Nina Falk as his wife.\n", "Nina Falk", graph.Person},
	})
}
