package resolve

import (
	"fmt"
	"strings"

	"github.com/kgbuild/kg/names"
)

// slipAlone is the rule "slip-alone": two full names of one person or
// character, alike but for one word one typist's slip apart ("Tavis Orrin"
// and "Tavish Orrin", "Dana Kellen" and "Dana Kelen"), are one entity even
// when nothing else ties their documents, where spelling-variant asks for
// a series or people both documents name: real pages misspell a name
// once, on a page whose series was missed. The slip itself is the
// evidence, so the rule asks more of it: the slip is a letter dropped or
// doubled, not changed; the documents of the two are not tied to two
// series, none the same; a slip in the given name makes a
// word that is no given name of the lists on at least one side (two known
// given names a letter apart, "Joan" and "John", are two people); a slip
// in the surname changes a word of at least minSurnameSlip letters; no
// paragraph, list or field writes both; nothing keeps them apart (other
// actors, a relation between them); and each of the two is the other's
// only such name in the corpus.
//
// Blocking: as spelling-variant's, names meet only when all their words
// but one are the same and that word, or it with one letter deleted, is
// the same (restBuckets and slipKeys).
type slipAlone struct{}

func (slipAlone) name() string { return "slip-alone" }

func (r slipAlone) apply(s *state) {
	ev := s.evidence()
	rests := restBuckets(s)
	found := map[*group]map[*group]string{}
	for _, rk := range pairedKeys(rests) {
		slips := map[string][]*group{}
		for _, e := range rests[rk] {
			for _, k := range slipKeys(e.word) {
				slips[k] = append(slips[k], e.g)
			}
		}
		for _, k := range pairedKeys(slips) {
			addBucketCandidates(found, slips[k], func(a, b *group) string { return r.why(ev, a, b) })
		}
	}
	joinSingleCandidates(s, r.name(), found)
}

// why returns the evidence that a and b are one entity, or "".
func (slipAlone) why(ev *nameEvidence, a, b *group) string {
	if a.root() == b.root() || a.typ != b.typ {
		return ""
	}
	slip := nameSlip(a.key, b.key)
	if slip != slipDropped && slip != slipDoubled || ev.apart(a, b) != "" || ev.sideBySide(a, b) || otherSeries(ev, a, b) {
		return ""
	}
	aw, bw := strings.Fields(a.key), strings.Fields(b.key)
	if aw[0] != bw[0] {
		if knownGiven(aw[0]) && knownGiven(bw[0]) {
			return ""
		}
	} else if !surnameSlip(a.key, b.key) {
		return ""
	}
	return fmt.Sprintf("spelling slip: %q ~ %q (%s), the only name of the corpus so near either", a.name, b.name, slip)
}

// The slips slip-alone takes: a letter left out or written twice, which
// makes no other name; a letter changed more often does ("Samira",
// "Zamira").
const (
	slipDropped = "a letter dropped"
	slipDoubled = "a letter doubled"
)

// otherSeries reports whether the documents of a and those of b are tied
// to series, none the same: two names of two stories.
func otherSeries(ev *nameEvidence, a, b *group) bool {
	sa, sb := ev.seriesOf(a, seriesCast), ev.seriesOf(b, seriesCast)
	return len(sa) > 0 && len(sb) > 0 && firstShared(sa, sb) == nil
}

// knownGiven reports whether a folded word is a given name of either list:
// of given names, or of their familiar forms.
func knownGiven(w string) bool { return names.GivenName(w) || len(givenNameForms[w]) > 0 }
