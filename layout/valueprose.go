package layout

import (
	"strings"

	"github.com/kgbuild/kg/names"

	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
)

// Fact boxes join their names with more than commas: a company's value
// may say how the companies made the show ("Harbor Screen and Lumen
// co-production for Vexmoor Studios"), and one company's name may hold an
// "and" of its own ("Quill Film and Television"). The helpers here tell
// those apart, so that each value is one name.

// proseJoin matches the words of a credit that stand between two companies
// of one value: "co-production for", "in association with".
var proseJoin = regexp.MustCompile(`^\s+(?:(?:an?\s+)?(?:co-?productions?|productions?|co-?produced|produced)\s+(?:for|with|by)|in\s+(?:co-?production|association|partnership)\s+with)\s+`)

// joinLen is how many bytes of v from i (a space or a slash) part two
// values, or 0: a slash between names or a space before "and " part them
// by one byte (the "and" is trimmed with the value), the words of a
// credit's prose by their own length.
func joinLen(v string, i int) int {
	if m := proseJoin.FindStringIndex(v[i:]); m != nil && i > 0 {
		return m[1]
	}
	if joinsValues(v, i) && !companyAnd(v, i) {
		return 1
	}
	return 0
}

// companyAnd reports whether the " and " at v[i] is part of one company's
// name: the word before it and the one word after it, up to the value's
// end, are both last words of organizations' names ("Quill Film and
// Television", "Lumen Radio and Television"). A lone such word is never a
// company of its own.
func companyAnd(v string, i int) bool {
	if v[i] != ' ' {
		return false
	}
	before := strings.Fields(v[:i])
	after := v[i+len(" and "):]
	if k := strings.IndexAny(after, ",;/("); k >= 0 {
		after = after[:k]
	}
	rest := strings.Fields(after)
	if len(before) < 2 || len(rest) != 1 {
		return false
	}
	return names.InLower(names.OrgSuffixes, before[len(before)-1]) && names.InLower(names.OrgSuffixes, rest[0])
}

// danglingEnd matches the small word a value cut short ends with
// ("Characters created by"): such a value names nothing.
var danglingEnd = regexp.MustCompile(`\s(?:by|of|for|with|from|and|the|to)$`)
