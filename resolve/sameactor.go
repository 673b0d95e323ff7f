package resolve

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/names"
)

// loneNameSameActor is the rule "lone-name-same-actor": a character
// written with one word ("ACC Varnay (Lena Marsh)", "Superintendent
// Tolle (Ed Lin)") is the character with a longer name that the same
// actor plays ("Odile Varnay" in a cast list, "Otto Tolley"), when that
// word is the longer name's first or last word, or a surname one letter
// off. A claim made the lone word a character of its own, so the
// short-name rule never placed it; the shared actor is the evidence, and
// the blocking key: only the characters one actor plays are compared.
// Two longer names that fit leave it alone.
type loneNameSameActor struct{}

func (loneNameSameActor) name() string { return "lone-name-same-actor" }

// minLoneNear is the shortest lone word compared with a surname by
// spelling: a short word is too often one letter off another.
const minLoneNear = 5

func (l loneNameSameActor) apply(s *state) {
	byActor := s.castBy(func(a string) string {
		if p := s.lookup(graph.Person, a); p != nil {
			return p.root().key // two spellings of one actor are one
		}
		return a
	})
	for _, actor := range slices.Sorted(maps.Keys(byActor)) {
		gs := byActor[actor]
		for _, lone := range gs {
			if strings.Contains(lone.key, " ") {
				continue
			}
			if full := longerNameOf(lone, gs); full != nil {
				s.union(full, lone, l.name(), fmt.Sprintf("lone name: %q is a word of %q, both played by %s", lone.name, full.name, actor))
			}
		}
	}
}

// longerNameOf returns the root of the one group of gs, of lone's type,
// whose name has more words and has lone's word first or last, or a last
// word one letter off it; nil when none or several fit.
func longerNameOf(lone *group, gs []*group) *group {
	w := names.Fold(lone.name)
	var found *group
	for _, g := range gs {
		ws := strings.Fields(names.Fold(g.name))
		if g.typ != lone.typ || len(ws) < 2 || g.root() == lone.root() {
			continue
		}
		first, last := ws[0], ws[len(ws)-1]
		near := len([]rune(w)) >= minLoneNear && names.EditDistance(w, last) == 1
		if w != first && w != last && !near {
			continue
		}
		if found != nil && found != g.root() {
			return nil
		}
		found = g.root()
	}
	return found
}
