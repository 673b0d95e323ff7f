package extract_test

import (
	"testing"

	"github.com/kgbuild/kg/graph"
)

// TestCompanyOfficer checks that a name after a company's name and one of
// its officers' offices is a person's, and that an office alone, or after
// a rank, leaves the name to the other rules.
func TestCompanyOfficer(t *testing.T) {
	const lead = "Harbor Lane renewed\n\nLumen has renewed Harbor Lane for a third season. "
	checkTypes(t, []typeCase{
		{"division and office", lead + "\"We are thrilled,\" Lumen Entertainment President Ann Roe said.\n", "Ann Roe", graph.Person},
		{"a studio's chairman", lead + "\"We are thrilled,\" said Studio Chairman Ray Hobb.\n", "Ray Hobb", graph.Person},
		{"a rank before the office", lead + "In the show, Vice President Ann Roe plots against Lee.\n", "Ann Roe", graph.Character},
	})
}
