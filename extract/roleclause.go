package extract

import (
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
)

// roleClauseBreak matches, in the words between "to portray" (or "as")
// and the first name after them, a comma and a word that opens a clause
// of its own: "chosen A to portray the detective in 2007, after the likes
// of B". The role ends at the comma and is unnamed; B is named in another
// clause, most often as another actor. A role's name follows its
// description without such a break ("as the weary detective B").
var roleClauseBreak = regexp.MustCompile(`,\s+(?:after|before|when|while|since|although|though|because|but|where|following|despite|like|including|among|alongside|unlike|replacing|beating|over)\s`)

// roleInOtherClause reports whether the role of an "A as B" match is
// named only past a clause break (see roleClauseBreak).
func roleInOtherClause(m *patMatch) bool {
	return roleClauseBreak.MatchString(firstMarkOf(m.group("o")))
}

// roleUnnamed reports whether the role of an "A as B" match is no name:
// a word that describes the noun after it (see modifierRole), or a name
// past a clause break (see roleInOtherClause).
func roleUnnamed(m *patMatch) bool { return modifierRole(m) || roleInOtherClause(m) }
