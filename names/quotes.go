package names

import (
	"strings"
	"unicode/utf8"
)

// QuoteMarks holds every quotation mark the pages write, straight and
// curly, double and single: real pages use the curly forms (“ ” ‘ ’) far
// more often than the straight ones, and a rule that reads a quotation
// mark must read them all alike. The right single quotation mark is also
// the apostrophe of most pages, and the left one is often set for it
// ("Closer‘s").
const QuoteMarks = "\"'“”‘’"

// IsQuote reports whether r is one of QuoteMarks.
func IsQuote(r rune) bool { return strings.ContainsRune(QuoteMarks, r) }

// IsOpeningQuote reports whether r may open a quotation: a straight mark
// or a left curly one ("“Dewey” Dudek", "‘Ruth Maple’").
func IsOpeningQuote(r rune) bool { return r == '"' || r == '\'' || r == '“' || r == '‘' }

// WithoutDoubleQuotes is s without its double quotation marks, straight
// or curly: `Peter “Walnuts” Grady` gives "Peter Walnuts Grady". Single
// marks stay, being apostrophes as often ("O’Brien").
func WithoutDoubleQuotes(s string) string { return doubleQuotes.Replace(s) }

var doubleQuotes = strings.NewReplacer("\"", "", "“", "", "”", "")

// OpensQuoted reports whether s opens with a quotation mark that may open
// a quotation ("“Harbor Lights”", `"Harbor Lights"`).
func OpensQuoted(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return IsOpeningQuote(r)
}
