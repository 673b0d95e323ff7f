package resolve

// mref names one mention: the index of its extraction and its index there.
type mref struct{ doc, i int }

// merge is one recorded decision about an entity: the rule that took it
// and the explanation the graph shows for it. Tests read the rule; users
// read the text.
type merge struct {
	rule, text string
	a, b       *group // the names the rule joined, when it joined two
}

// group is a node of the union-find over names: the mentions of one type
// whose names share a key, and, at its root, every mention joined to it.
type group struct {
	typ, key string
	name     string // the name as first written, for its words
	refs     []mref // the mentions, moved to the root on a union
	parent   *group
	why      []merge // the merges that made this root, in order
	short    bool    // joined as the short form of a longer name
	strong   bool    // found by structure or a pattern, not only by shape
}

// root is the group that stands for g's entity.
func (g *group) root() *group {
	for g.parent != nil {
		g = g.parent
	}
	return g
}

// union joins b's entity to a's, whose root stays the root, and records
// why. Joining entities of two types retypes the mentions of b's entity:
// the entity has one type, and the rule that joined them decided it.
func (s *state) union(a, b *group, rule, text string) {
	ra, rb := a.root(), b.root()
	if ra == rb {
		return
	}
	if rb.typ != ra.typ {
		for _, r := range rb.refs {
			s.retype(r, ra.typ, rule)
		}
	}
	s.noteUnion(rb)
	rb.parent = ra
	s.unions++
	ra.refs = append(ra.refs, rb.refs...)
	rb.refs = nil
	// Only a root's merges are read (an entity's explanations): b's, now
	// the root's, are let go, as its mentions are.
	ra.why = append(ra.why, rb.why...)
	rb.why = nil
	ra.why = append(ra.why, merge{rule, text, a, b})
	ra.strong = ra.strong || rb.strong
}
