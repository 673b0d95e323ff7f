package resolve

import "sort"

// topics tells which series each document and each entity is named with,
// so that a short name in a document about one series is not given to a
// character of another: on a page about one series, "Henry" is its Henry.
// It is read once, when the short names are placed; the series do not
// change while they are.
type topics struct {
	docSeries map[int]map[*group]bool    // a document -> the roots of the series it names or is about
	entity    map[*group]map[*group]bool // an entity's root -> the series of its documents, filled on demand
	people    map[int]map[*group]bool    // a document -> the people and characters it names in full
	docs      map[*group][]int           // an entity's root -> its documents, filled on demand
	// tied caches tiedDocs for a pair of documents, the lower first.
	tied map[[2]int]bool
}

func newTopics(ev *nameEvidence) *topics {
	t := &topics{docSeries: map[int]map[*group]bool{}, entity: map[*group]map[*group]bool{},
		people: ev.peopleByDoc(), tied: map[[2]int]bool{}, docs: map[*group][]int{}}
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
	for d, gs := range ev.inferredSeries() {
		for _, g := range gs {
			add(d, g)
		}
	}
	return t
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
// and never with the same one; or, when one of them has no series to
// tell by, whether they are strangers (see strangers).
func (t *topics) unrelated(c *group, d int) bool {
	if len(t.docSeries[d]) > 0 && len(t.of(c)) > 0 {
		return !t.shared(c, d)
	}
	return t.strangers(t.docsOf(c), []int{d})
}

// strangerTo reports whether c and document d are unrelated only because
// they are strangers, no series telling either way.
func (t *topics) strangerTo(c *group, d int) bool {
	return (len(t.docSeries[d]) == 0 || len(t.of(c)) == 0) && t.strangers(t.docsOf(c), []int{d})
}

// strangers reports whether two sets of documents each name people or
// characters in full and never one in common: nothing ties the pages
// together, so a short name on one is not taken for a full name on the
// other. A page that names its series ties itself by it; this is the
// evidence left when one side names none (a cast list, a review that
// never writes the series' name), and a corpus of pages about several
// series has many Jacks and Annas that are not one another. Sets of which
// one names nobody in full are not strangers: there is nothing to tell.
// Pairs of documents are compared once each.
func (t *topics) strangers(as, bs []int) bool {
	named := func(ds []int) bool {
		for _, d := range ds {
			if len(t.people[d]) > 0 {
				return true
			}
		}
		return false
	}
	if !named(as) || !named(bs) {
		return false
	}
	for _, a := range as {
		for _, b := range bs {
			if t.tiedDocs(a, b) {
				return false
			}
		}
	}
	return true
}

// tiedDocs reports whether documents a and b name one person or character
// in full, as the entities stand now.
func (t *topics) tiedDocs(a, b int) bool {
	if a == b {
		return true
	}
	k := [2]int{min(a, b), max(a, b)}
	if v, ok := t.tied[k]; ok {
		return v
	}
	roots := map[*group]bool{}
	for g := range t.people[a] {
		roots[g.root()] = true
	}
	v := false
	for g := range t.people[b] {
		if roots[g.root()] {
			v = true
			break
		}
	}
	t.tied[k] = v
	return v
}

// docsOf lists, in order, the documents that name c's entity, as of the
// first time it is asked for c's root (see of).
func (t *topics) docsOf(c *group) []int {
	r := c.root()
	if got, ok := t.docs[r]; ok {
		return got
	}
	out := docsOf(r)
	t.docs[r] = out
	return out
}

// docsOf lists, in order, the documents that name c's entity.
func docsOf(c *group) []int {
	var out []int
	seen := map[int]bool{}
	for _, ref := range c.root().refs {
		if !seen[ref.doc] {
			seen[ref.doc] = true
			out = append(out, ref.doc)
		}
	}
	sort.Ints(out)
	return out
}
