package extract

import (
	"strings"

	"github.com/kgbuild/kg/graph"
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
)

// The notes in parentheses after a name that say more than a credit: an
// actor after a possessive, a name that is someone's.

var (
	// loneNameNote matches a note that is one name alone, and lowerAfter the
	// lower-case word after it: "A's (B) death" gives A's actor, B.
	loneNameNote = regexp.MustCompile(`\(«\d+»\)$`)
	lowerAfter   = regexp.MustCompile(`^\s+\p{Ll}`)
	// ownerNote matches a note in parentheses between a possessive and
	// what it owns: "A's (Credit) Role" gives A's other work.
	ownerNote = regexp.MustCompile(`(«\d+»['’]s)\s*\([^()]{1,60}\)`)
)

// dropOwnerNotes drops the notes ownerNote matches, but for a lone name
// before a word in lower case: "his wife A's (B) death" names A's actor,
// where "A's (Credit) Role" gives A's other work before the role.
func dropOwnerNotes(masked string) string {
	locs := ownerNote.FindAllStringSubmatchIndex(masked, -1)
	if locs == nil {
		return masked
	}
	var b strings.Builder
	pos := 0
	for _, l := range locs {
		if loneNameNote.MatchString(masked[l[0]:l[1]]) && lowerAfter.MatchString(masked[l[1]:]) {
			continue
		}
		b.WriteString(masked[pos:l[0]])
		b.WriteString(masked[l[2]:l[3]])
		pos = l[1]
	}
	b.WriteString(masked[pos:])
	return b.String()
}

// someonesName reports whether mention mi is typed a person's or a
// character's name by more than its shape.
func (s *docState) someonesName(mi int) bool {
	m := s.x.Mentions[mi]
	return (m.Type == graph.Person || m.Type == graph.Character) && m.Signal != SigShape
}
