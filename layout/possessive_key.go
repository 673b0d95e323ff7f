package layout

import "strings"

// possessiveAt reports whether the apostrophe at byte p of t opens a
// possessive ("Director's Cut", "Writer’s Room"), not a quoted value run
// against a key: a heading that starts with a field's word in the
// possessive names something of its own and holds no field.
func possessiveAt(t string, p int) bool {
	rest := t[p:]
	for _, a := range []string{"'s", "’s"} {
		if after, ok := strings.CutPrefix(rest, a); ok && (after == "" || strings.HasPrefix(after, " ")) {
			return true
		}
	}
	return false
}
