package layout

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// bylineMonths are the months' names and their abbreviations, as a
// byline's date opens with them ("By Jane Doe Jul 21, 2014").
var bylineMonths = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "may": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "january": true, "february": true,
	"march": true, "april": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true,
}

// bylineDate reports whether the word w of a byline, with the text after
// it, opens the byline's date: a month's name or abbreviation followed by
// a figure ("Jul 21, 2014", "Sept. 3"). A byline whose separators were
// lost runs the date right after the author's name, and the month is no
// part of that name.
func bylineDate(w, after string) bool {
	if !bylineMonths[strings.ToLower(strings.TrimSuffix(w, "."))] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(after, " "))
	return strings.HasPrefix(after, " ") && unicode.IsDigit(r)
}
