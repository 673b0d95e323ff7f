package resolve

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
	for d, gs := range ev.inferred {
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
// and never with the same one.
func (t *topics) unrelated(c *group, d int) bool {
	return len(t.docSeries[d]) > 0 && len(t.of(c)) > 0 && !t.shared(c, d)
}
