package extract_test

import (
	"testing"

	"github.com/kgbuild/kg/graph"
)

// TestStoryRole checks that a full name set right after a noun for a
// role of a crime story is typed a character's, and one after a noun of
// a series' making stays a person's.
func TestStoryRole(t *testing.T) {
	checkTypes(t, []typeCase{
		{"detectives", "In the drama, police detectives Odran Velt and a rookie chase a ghost.\n", "Odran Velt", graph.Character},
		{"second-of-a-pair", "In the drama, police detectives Odran Velt and Ismay Drozd chase a ghost.\n", "Ismay Drozd", graph.Character},
		{"hitman", "He shot the mob hitman Ismay Drozd in a parking garage.\n", "Ismay Drozd", graph.Character},
		{"superiors-such-as", "He is often at odds with his superiors, such as Corwin Aldane, and his peers.\n", "Corwin Aldane", graph.Character},
		{"murder-of", "While investigating the murder of Petra Voskuijl, two officers find a ledger.\n", "Petra Voskuijl", graph.Character},
		{"maker-stays-person", "The drama was written by the novelist Odran Velt and shot in winter.\n", "Odran Velt", graph.Person},
	})
}
