package resolve

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/kgbuild/kg/names"
)

// nearSpelling is the rule "near-spelling-same-actor": two names of one
// type and as many words, at most two edits apart ("Samira Parker",
// "Zamira Parker"), are one entity when the same actor plays both. A near
// spelling alone is no evidence: two characters may well be Jon and Joan.
// The actor is also the blocking key: only the characters one actor plays
// are compared with each other.
type nearSpelling struct{}

func (nearSpelling) name() string { return "near-spelling-same-actor" }

// minNearKey is the shortest key compared: short names are too often
// near another by chance.
const minNearKey = 6

func (n nearSpelling) apply(s *state) {
	plays := s.castBy(func(a string) string { return a })
	for _, actor := range slices.Sorted(maps.Keys(plays)) {
		gs := plays[actor]
		for i, a := range gs {
			for _, b := range gs[i+1:] {
				if b.typ != a.typ || a.root() == b.root() || len(a.key) < minNearKey || len(b.key) < minNearKey {
					continue
				}
				dist := names.EditDistance(a.key, b.key)
				if dist == 0 || dist > 2 || strings.Count(a.key, " ") != strings.Count(b.key, " ") {
					continue
				}
				s.union(a, b, n.name(), fmt.Sprintf("near spelling: %q ~ %q (edit distance %d), both played by %s", a.key, b.key, dist, actor))
			}
		}
	}
}
