package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// extendedElsewhere reports whether the last word of text, which ends a
// page, is the beginning of a longer word the page writes before it
// ("Writer: Dana Whitf" on a page that names "Dana Whitfield
// Productions"): a field's or a cast line's value ends with no full stop
// when whole, so only the page's own longer word shows it was cut off.
func extendedElsewhere(text string) bool {
	i := strings.LastIndexFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) + 1
	if i <= 0 || i >= len(text) {
		return false
	}
	w := text[i:]
	for rest := text[:i]; ; {
		k := strings.Index(rest, w)
		if k < 0 {
			return false
		}
		before, _ := utf8.DecodeLastRuneInString(rest[:k])
		after, _ := utf8.DecodeRuneInString(rest[k+len(w):])
		if (k == 0 || !unicode.IsLetter(before)) && unicode.IsLetter(after) {
			return true
		}
		rest = rest[k+len(w):]
	}
}
