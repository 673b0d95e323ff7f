package resolve

import (
	"fmt"
	"strings"
)

// givenClipped is the rule "given-name-clipped": "Dex Morgan" and "Dexter
// Morgan", a given name the other starts, two letters or more shorter. It
// does not join two names the list of familiar forms holds on other lines
// ("Jane", "Janet"), nor two names one document writes.
var givenClipped = givenForm{rule: "given-name-clipped",
	keys: func(g string) []string { return []string{g} },
	probes: func(g string) []string {
		var out []string
		r := []rune(g)
		for n := minClipped; n <= len(r)-2; n++ {
			out = append(out, string(r[:n]))
		}
		return out
	},
	match: func(a, b string) (string, bool) {
		if len(a) > len(b) {
			a, b = b, a
		}
		listed := len(givenNameForms[a]) > 0 && len(givenNameForms[b]) > 0
		return fmt.Sprintf("%q is %q shortened", a, b), len([]rune(a)) >= minClipped && len([]rune(b)) >= len([]rune(a))+2 && strings.HasPrefix(b, a) && !listed
	}}

// minClipped is the shortest clipped given name joined to a longer one:
// two letters ("Al", "Jo") start too many names. A clipped name drops two
// letters or more: one letter less is a slip of spelling ("Eamon",
// "Eamonn"), which spelling-variant weighs.
const minClipped = 3
