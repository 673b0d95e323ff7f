package extract

import "strings"

// quotedLast returns where the name text[cs:ce] before an actor's note
// starts when it, or its last words, stand in double quotation marks
// ("Dakota Sheriff “Ray Hobb”", "“Skeeter”"), just after the opening mark,
// and true; cs and false otherwise. A nickname inside a name is never its
// last element (the surname follows it), so a quoted end is the
// character's whole name as the page sets it, and the words before the
// mark are not part of it: a title, a place, the end of a clause.
func quotedLast(text string, cs, ce int) (int, bool) {
	if strings.HasPrefix(text[ce:], "”") || strings.HasPrefix(text[ce:], `"`) {
		if strings.HasSuffix(text[:cs], "“") || strings.HasSuffix(text[:cs], `"`) {
			return cs, true // "“Skeeter” (Joe Pell)": the closing mark is after the name
		}
		return cs, false
	}
	name := text[cs:ce]
	inner, ok := strings.CutSuffix(name, "”")
	if !ok {
		if inner, ok = strings.CutSuffix(name, `"`); !ok {
			return cs, false
		}
	}
	open := strings.LastIndexAny(inner, `“"`)
	if open <= 0 || name[open-1] != ' ' {
		return cs, false
	}
	if strings.HasPrefix(name[open:], "“") {
		return cs + open + len("“"), true
	}
	return cs + open + 1, true
}
