package extract

import (
	"strings"

	"github.com/kgbuild/kg/names"
)

// givenNameLed reports whether name, of two words, opens with a given name
// and ends with no word of a place's name: "Karen Lowe" after "from
// Vance," is the second person of a list, not the region of a town.
// A region that general knowledge does not know is seldom named so.
func givenNameLed(name string) bool {
	ws := strings.Fields(name)
	return len(ws) == 2 && names.GivenName(ws[0]) && !names.PlaceSuffixes[strings.ToLower(ws[1])] && !names.PlacePrefixes[strings.ToLower(ws[0])]
}
