package resolve

import (
	"strings"
)

// minTopicVotes is how many of a document's people and characters must be
// named elsewhere with one series for the document to be taken as about it.
const minTopicVotes = 1

// inferSeries gives the documents that name no series the series their people
// and characters are named with elsewhere: a character page that never
// names its series shares its cast with the series' other pages. The
// series most of them are named with wins, when at least minTopicVotes
// are; the series named by the documents themselves stay as they are.
func inferSeries(ev *nameEvidence) map[int][]*group {
	people := ev.peopleByDoc()
	withSeries := map[*group]map[*group]bool{} // a root -> the series of the documents naming it that name one
	for d, rs := range people {
		for r := range rs {
			for _, sr := range named(ev, d) {
				if withSeries[r] == nil {
					withSeries[r] = map[*group]bool{}
				}
				withSeries[r][sr] = true
			}
		}
	}
	out := map[int][]*group{}
	for d, rs := range people {
		if len(named(ev, d)) > 0 {
			continue
		}
		votes := map[*group]int{}
		for r := range rs {
			for sr := range withSeries[r] {
				votes[sr]++
			}
		}
		best := 0
		for _, n := range votes {
			best = max(best, n)
		}
		for sr, n := range votes {
			if n == best && n >= minTopicVotes {
				out[d] = append(out[d], sr)
			}
		}
	}
	return out
}

// named lists the series document d names or is about.
func named(ev *nameEvidence, d int) []*group {
	if a := ev.about[d]; a != nil && !containsGroup(ev.series[d], a) {
		return append([]*group{a}, ev.series[d]...)
	}
	return ev.series[d]
}

// peopleOf maps each document to the roots of the people and characters
// it names in full (with a given name and surname).
func peopleOf(ev *nameEvidence) map[int]map[*group]bool {
	people := map[int]map[*group]bool{} // sets: the order the groups are taken in does not matter
	for g, ds := range ev.docs {
		if !personLike(g.typ) || !strings.Contains(g.key, " ") {
			continue
		}
		for d := range ds.keys() {
			if people[d] == nil {
				people[d] = map[*group]bool{}
			}
			people[d][g.root()] = true
		}
	}
	return people
}
