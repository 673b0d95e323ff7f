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

// TestStreetPlace checks that a name ending in "Street", "Square", "Road"
// or "Avenue" is a place's, where the capitalised run would otherwise be
// guessed a person's.
func TestStreetPlace(t *testing.T) {
	checkTypes(t, []typeCase{
		{"street", "He runs a tiny office in London's Gullpoint Street with his partner.\n", "Gullpoint Street", graph.Place},
		{"square", "The protesters filled Ardmore Square before the verdict.\n", "Ardmore Square", graph.Place},
		{"person", "The protesters cheered Ardmore Quaile before the verdict.\n", "Ardmore Quaile", graph.Person},
	})
}
