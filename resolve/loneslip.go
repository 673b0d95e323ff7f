package resolve

import (
	"fmt"
	"strings"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/names"
)

// loneSlip is the rule "lone-slip": two names of one word and one type, a
// person's, a character's or a place's, one typist's slip apart
// ("Marrowdael" and "Marrowdale", "Quilenbury" and "Quillenbury"), are
// one entity when each is the other's only such name in the corpus. A
// word of one name has no other words to agree, so the word must be long
// (minLoneSlip letters: in shorter words one letter more often makes
// another name, "Tarnmoor" and "Tarnmoar"), not both words known names of
// their kind (two places of the list, or two known given names,
// "Francesca" and "Francesco", are two), never written in one paragraph,
// list or field, not kept apart (other actors, a relation between them),
// and their pages not tied to two series, none the same.
//
// Blocking: a name is indexed under slipKeys of its one word, within its
// type, so only words one slip apart meet.
//
// The rule runs twice: with the other spelling rules, and, as
// "lone-slip-placed" (placed set), once the short-name rule has placed the
// lone words set aside for it. A lone word that no full name has, the
// only name a recap gives a character ("Marrowdael"), becomes a name of
// its own only then, and a slip in it is the same slip as in a word typed
// at once.
type loneSlip struct{ placed bool }

func (r loneSlip) name() string {
	if r.placed {
		return "lone-slip-placed"
	}
	return "lone-slip"
}

// minLoneSlip is the fewest letters of a one-word name a slip may join.
const minLoneSlip = 9

func (r loneSlip) apply(s *state) {
	ev := s.evidence()
	slips := map[string][]*group{}
	for _, g := range s.sortedGroups() {
		if (!personLike(g.typ) && g.typ != graph.Place) || strings.Contains(g.key, " ") || len([]rune(g.key)) < minLoneSlip || len(g.refs) == 0 {
			continue
		}
		for _, k := range slipKeys(g.key) {
			slips[g.typ+"|"+k] = append(slips[g.typ+"|"+k], g)
		}
	}
	found := map[*group]map[*group]string{}
	for _, k := range pairedKeys(slips) {
		addBucketCandidates(found, slips[k], func(a, b *group) string { return r.why(ev, a, b) })
	}
	joinSingleCandidates(s, r.name(), found)
}

// why returns the evidence that the one-word names a and b are one
// entity, or "".
func (loneSlip) why(ev *nameEvidence, a, b *group) string {
	if a.root() == b.root() || a.typ != b.typ || len([]rune(a.key)) < minLoneSlip || len([]rune(b.key)) < minLoneSlip {
		return ""
	}
	slip := oneSlip(a.key, b.key)
	if slip == "" || knownOfKind(a.typ, a.key) && knownOfKind(b.typ, b.key) ||
		ev.apart(a, b) != "" || ev.sideBySide(a, b) || otherSeries(ev, a, b) {
		return ""
	}
	return fmt.Sprintf("spelling slip: %q ~ %q (%s), the only %s name of the corpus so near either", a.name, b.name, slip, strings.ToLower(a.typ))
}

// knownOfKind reports whether a folded word is a known name of the kind
// of typ: a place of the list of places, or a given name of the lists.
func knownOfKind(typ, w string) bool {
	if typ == graph.Place {
		return names.KnownPlace(w)
	}
	return knownGiven(w)
}
