package layout

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kgbuild/kg/names"
)

// bylineDate reports whether the word w of a byline, with the text after
// it, opens the byline's date: a month's name or abbreviation followed by
// a figure ("Jul 21, 2014", "Sept. 3"). A byline whose separators were
// lost runs the date right after the author's name, and the month is no
// part of that name.
func bylineDate(w, after string) bool {
	if !names.InLower(names.Months, strings.TrimSuffix(w, ".")) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(after, " "))
	return strings.HasPrefix(after, " ") && unicode.IsDigit(r)
}
