package extract

import (
	"strings"

	"github.com/kgbuild/kg/names"
)

// personPairEnd reports whether second, the second name of a place pair
// ("in X, Y") that general knowledge does not know as a place, is a
// person's full name: two words, the first a known given name, the last no
// place's word ("Hugh Dalby", not "Virginia Beach"). "from Ruiz, Ann Roe
// and Tom Fell" lists people; a country or a state after a town is a known
// place, and a given name opens few places' names that are not. Where a
// clause goes on after the person ("in Eastbrook, Ann Roe returns"), the
// first name is still the place the clause opens with.
func personPairEnd(second string) bool {
	ws := strings.Fields(second)
	return len(ws) == 2 && names.GivenName(ws[0]) && !names.InLower(names.PlaceSuffixes, ws[1]) && !names.KnownPlace(ws[1])
}
