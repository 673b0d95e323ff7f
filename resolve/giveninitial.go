package resolve

import (
	"fmt"
	"strings"
)

// givenInitial is the rule "given-name-initial": "C. S. Lim" and "Chris
// Lim", a given name written as its initial. A full name looks for the
// names indexed under its initial; an initial fits none when it fits two.
var givenInitial = givenForm{rule: "given-name-initial",
	keys: func(g string) []string {
		if isInitial(g) {
			return []string{g}
		}
		return nil
	},
	probes: func(g string) []string {
		if isInitial(g) {
			return nil
		}
		return []string{string([]rune(g)[:1])}
	},
	match: func(a, b string) (string, bool) {
		if isInitial(b) {
			a, b = b, a
		}
		return fmt.Sprintf("%q is the initial of %q", a, b), isInitial(a) && !isInitial(b) && strings.HasPrefix(b, a)
	}}
