package extract

import (
	"strings"

	"github.com/kgbuild/kg/names"
	"github.com/kgbuild/kg/sources"
)

// pluralTitle reports whether word i of a name is a title word made
// plural ("Detectives", "Agents") before a full name that opens with a
// known given name, or after another title: a list's shared title
// ("Special Agents Ann Roe and Ray Hobb"), no word of the first name. A
// plural before any other word may name a place or a team ("Kings
// Cross").
func pluralTitle(ws []sources.Span, i int) bool {
	w := ws[i].Text
	return i+2 < len(ws) && len(w) > 3 && strings.HasSuffix(w, "s") && names.IsTitle(strings.TrimSuffix(w, "s")) &&
		(names.GivenName(ws[i+1].Text) || i > 0 && names.IsTitle(ws[i-1].Text))
}
