package extract_test

import (
	"testing"

	"github.com/kgbuild/kg/graph"
)

// TestImagesOrganization checks that a name ending in "Images", as picture
// agencies are named, is an organization's.
func TestImagesOrganization(t *testing.T) {
	checkTypes(t, []typeCase{
		{"images", "The photographs were sold to Gullpoint Images before the premiere.\n", "Gullpoint Images", graph.Organization},
		{"pictures", "The photographs were sold to Gullpoint Pictures before the premiere.\n", "Gullpoint Pictures", graph.Organization},
	})
}
