package resolve

import (
	"fmt"
	"slices"
	"strings"
)

// wordsSwapped is the rule "words-swapped": two names of one person or
// character of three words or more, with the same first word and two
// words after it swapped ("Lena Ann Marsh", "Lena Marsh Ann"), are one
// entity on the evidence the spelling-variant rule asks for: documents
// about one series, or naming the same people, that never write both and
// that nothing else tells apart. A middle name and a surname are easily
// written in the wrong order; two people so named are rare. Blocking: a
// name meets only the names with its first word and the same other words.
type wordsSwapped struct{}

func (wordsSwapped) name() string { return "words-swapped" }

func (w wordsSwapped) apply(s *state) {
	ev := s.evidence()
	found := map[*group]map[*group]string{}
	buckets := map[string][]*group{}
	for _, g := range s.sortedGroups() {
		ws := strings.Fields(g.key)
		if !personLike(g.typ) || len(ws) < 3 {
			continue
		}
		rest := slices.Clone(ws[1:])
		slices.Sort(rest)
		k := g.typ + "|" + ws[0] + "|" + strings.Join(rest, " ")
		buckets[k] = append(buckets[k], g)
	}
	for _, k := range pairedKeys(buckets) {
		addBucketCandidates(found, buckets[k], func(a, b *group) string { return w.why(ev, a, b) })
	}
	joinSingleCandidates(s, w.name(), found)
}

// why returns the evidence that a and b, names with the same words, are
// one entity, or "".
func (wordsSwapped) why(ev *nameEvidence, a, b *group) string {
	if a.root() == b.root() || !adjacentSwap(strings.Fields(a.key), strings.Fields(b.key)) ||
		ev.together(a, b) || ev.apart(a, b) != "" {
		return ""
	}
	context := variantContext(ev, a, b)
	if context == "" {
		return ""
	}
	return fmt.Sprintf("words swapped: %q ~ %q, both in documents %s, never together in one", a.name, b.name, context)
}

// adjacentSwap reports whether b is a with two neighbouring words swapped.
func adjacentSwap(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i+1 < len(a); i++ {
		if a[i] != b[i] {
			return a[i] == b[i+1] && a[i+1] == b[i] && slices.Equal(a[i+2:], b[i+2:])
		}
	}
	return false
}
