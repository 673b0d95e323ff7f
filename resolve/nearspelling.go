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
	var ev *nameEvidence
	for _, actor := range slices.Sorted(maps.Keys(plays)) {
		gs := plays[actor]
		for i, a := range gs {
			for _, b := range gs[i+1:] {
				if b.typ != a.typ || a.root() == b.root() || len(a.key) < minNearKey || len(b.key) < minNearKey {
					continue
				}
				dist, ok := nearNames(a.key, b.key)
				if !ok {
					continue
				}
				if names.EditDistance(a.key, b.key) > 2 {
					// A farther slip needs more than the actor: one
					// series, and no page that writes both.
					if ev == nil {
						ev = s.evidence()
					}
					if ser, _ := ev.sharedSeries(a, b); ser == nil || ev.together(a, b) {
						continue
					}
				}
				s.union(a, b, n.name(), fmt.Sprintf("near spelling: %q ~ %q (edit distance %d), both played by %s", a.key, b.key, dist, actor))
				ev = nil // the evidence follows the union
			}
		}
	}
}

// nearNames reports whether two folded names of as many words are one
// name slipped, and their edit distance (a swap of two letters counts as
// one edit): at most two edits, or three when the names have two words or
// more and every word that differs keeps its first letter and is at most
// two edits from the other.
func nearNames(a, b string) (int, bool) {
	aw, bw := strings.Fields(a), strings.Fields(b)
	if len(aw) != len(bw) {
		return 0, false
	}
	dist := slipDistance(a, b)
	if dist == 0 || dist > 3 {
		return dist, false
	}
	if dist <= 2 {
		return dist, true
	}
	if len(aw) < 2 {
		return dist, false
	}
	for i := range aw {
		if aw[i] == bw[i] {
			continue
		}
		x, y := []rune(aw[i]), []rune(bw[i])
		if x[0] != y[0] || slipDistance(aw[i], bw[i]) > 2 {
			return dist, false
		}
	}
	return dist, true
}

// slipDistance is the edit distance of a and b where swapping two
// neighbouring letters is one edit (the optimal string alignment
// distance), as a typist's slips are counted.
func slipDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}
