package extract

import (
	"unicode"

	"github.com/kgbuild/kg/names"
)

// gluedGiven returns where a capitalised word runs a given name on from
// the word before it, as a page's caption and its photographer's credit
// lose the line between them ("HarborJane Doe/NBC"), or 0. The capital
// must follow a small letter and open a given name of the census's list,
// so that a name written with an inner capital ("DiNardo", "LaRue",
// "McKay") is left whole.
func gluedGiven(w string) int {
	prev := rune(0)
	for i, r := range w {
		if i > 1 && unicode.IsLower(prev) && unicode.IsUpper(r) && names.GivenName(w[i:]) {
			return i
		}
		prev = r
	}
	return 0
}
