package resolve

import (
	"sort"
	"strings"
)

// topics tells which series each document and each entity is named with,
// so that a short name in a document about one series is not given to a
// character of another: on a page about one series, "Henry" is its Henry.
// It is read once, when the short names are placed; the series do not
// change while they are.
type topics struct {
	docSeries map[int]map[*group]bool    // a document -> the roots of the series it names or is about
	entity    map[*group]map[*group]bool // an entity's root -> the series of its documents, filled on demand
}

func newTopics(ev *nameEvidence) *topics {
	t := &topics{docSeries: map[int]map[*group]bool{}, entity: map[*group]map[*group]bool{}}
	add := func(d int, g *group) {
		if t.docSeries[d] == nil {
			t.docSeries[d] = map[*group]bool{}
		}
		t.docSeries[d][g.root()] = true
	}
	for d, gs := range ev.series {
		for _, g := range gs {
			add(d, g)
		}
	}
	for d, g := range ev.about {
		add(d, g)
	}
	for d, gs := range t.inferred(ev) {
		for _, g := range gs {
			add(d, g)
		}
	}
	return t
}

// minTopicVotes is how many of a document's people and characters must be
// named elsewhere with one series for the document to be taken as about it.
const minTopicVotes = 2

// inferred gives the documents that name no series the series their people
// and characters are named with elsewhere: a character page that never
// names its series shares its cast with the series' other pages. The
// series most of them are named with wins, when at least minTopicVotes
// are; the series named by the documents themselves stay as they are.
func (t *topics) inferred(ev *nameEvidence) map[int][]*group {
	people := map[int]map[*group]bool{} // a document -> the people and characters it names in full
	groups := make([]*group, 0, len(ev.docs))
	for g := range ev.docs {
		groups = append(groups, g)
	}
	sort.Slice(groups, func(i, j int) bool { return groups[i].typ+"|"+groups[i].key < groups[j].typ+"|"+groups[j].key })
	for _, g := range groups {
		if !personLike(g.typ) || !strings.Contains(g.key, " ") {
			continue
		}
		for d := range ev.docs[g] {
			if people[d] == nil {
				people[d] = map[*group]bool{}
			}
			people[d][g.root()] = true
		}
	}
	withSeries := map[*group]map[*group]bool{} // a root -> the series of the documents naming it that name one
	for d, rs := range people {
		for r := range rs {
			for sr := range t.docSeries[d] {
				if withSeries[r] == nil {
					withSeries[r] = map[*group]bool{}
				}
				withSeries[r][sr] = true
			}
		}
	}
	out := map[int][]*group{}
	for d, rs := range people {
		if len(t.docSeries[d]) > 0 {
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

// of returns the series the documents naming c name.
func (t *topics) of(c *group) map[*group]bool {
	r := c.root()
	if got, ok := t.entity[r]; ok {
		return got
	}
	out := map[*group]bool{}
	for _, ref := range r.refs {
		for sr := range t.docSeries[ref.doc] {
			out[sr] = true
		}
	}
	t.entity[r] = out
	return out
}

// shared reports whether c is named in a document that names a series
// document d names.
func (t *topics) shared(c *group, d int) bool {
	for sr := range t.of(c) {
		if t.docSeries[d][sr] {
			return true
		}
	}
	return false
}

// unrelated reports whether c and document d are both named with series,
// and never with the same one.
func (t *topics) unrelated(c *group, d int) bool {
	return len(t.docSeries[d]) > 0 && len(t.of(c)) > 0 && !t.shared(c, d)
}
