package extract

import (
	"strings"
	"unicode"
)

// labelLine reports whether a lone word and one word in small letters
// after it make the whole line: a fact box's label ("Original network",
// "Official website"), whose first word is an adjective capitalised as
// the label opens, not a company named before its kind ("Vireo network"
// is written inside a sentence).
func labelLine(r *run) bool {
	if r.n != 1 || strings.TrimSpace(r.before) != "" {
		return false
	}
	rest := strings.TrimSpace(r.after)
	if rest == "" || strings.ContainsAny(rest, " \t\n") {
		return false
	}
	for _, c := range rest {
		if !unicode.IsLower(c) {
			return false
		}
	}
	return true
}
