package extract

import "strings"

// quotedRole reports whether the name text[start:end] before an actor's
// name in parentheses stands in quotation marks of its own (“Wayne”
// (Tom Roe)): reviews that quote the roles quote a lone first name as a
// role too, so the quotation marks make it a name, and a character's,
// where a bare first word might open a sentence or a title.
func quotedRole(text string, start, end int) bool {
	return (strings.HasSuffix(text[:start], "“") || strings.HasSuffix(text[:start], `"`)) &&
		(strings.HasPrefix(text[end:], "”") || strings.HasPrefix(text[end:], `"`))
}
