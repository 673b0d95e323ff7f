package resolve

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

// unlinkedShorts gathers, on each candidate, the short names left unlinked
// because they fitted it and others: one note per short name and set of
// candidates, listing the documents that used it. A note per mention would
// repeat the whole list of candidates on each of them for every document
// that uses the name, which grows with the square of a common surname's
// reach and, on a large corpus, outweighs the rest of the graph.
type unlinkedShorts struct {
	notes map[*group][]*unlinkedShort
	// index holds the notes by short name; the few of one name are told
	// apart by their candidates (a key joining the candidates' keys cost
	// more memory than the notes themselves on a large corpus).
	index map[string][]*unlinkedShort
}

// unlinkedShort is one short name that fitted several candidates, or one
// whose pages nothing ties to its only candidate's.
type unlinkedShort struct {
	name     string
	stranger bool // the only candidate's pages name no one the name's page names
	// fits are the candidates, in the order the query found them; two
	// notes of a name are one when their candidates' keys are.
	fits []*group
	docs []string // the documents that used the name, each once
	// text is the note as every candidate's entity says it, made once
	// (entities are made on all cores): a name that fits many candidates
	// spelled its note out again for each.
	once sync.Once
	text merge
}

// The lists a note spells out before it counts the rest.
const (
	maxNoteDocs = 5
	maxNoteFits = 8
)

// add records that name, in doc, fitted every group of cands.
func (u *unlinkedShorts) add(name, doc string, cands []*group) { u.note(name, doc, cands, false) }

// addStranger records that name, in doc, was not taken for c, its only
// candidate, because nothing ties doc to c's documents.
func (u *unlinkedShorts) addStranger(name, doc string, c *group) {
	u.note(name, doc, []*group{c}, true)
}

// note records the name in doc on the note of its candidates, made when
// it is the first. Names are noted in document order, as the short-name
// rule places them, so a document already listed is the last one.
func (u *unlinkedShorts) note(name, doc string, cands []*group, stranger bool) {
	var n *unlinkedShort
	for _, o := range u.index[name] {
		if o.stranger == stranger && sameKeys(o.fits, cands) {
			n = o
			break
		}
	}
	if n == nil {
		if u.index == nil {
			u.index, u.notes = map[string][]*unlinkedShort{}, map[*group][]*unlinkedShort{}
		}
		// The query's list is its own: it is not changed once noted.
		n = &unlinkedShort{name: name, stranger: stranger, fits: slices.Clip(cands)}
		u.index[name] = append(u.index[name], n)
		for _, c := range cands {
			u.notes[c] = append(u.notes[c], n)
		}
	}
	if len(n.docs) == 0 || n.docs[len(n.docs)-1] != doc {
		n.docs = append(n.docs, doc)
	}
}

// sameKeys reports whether a and b list groups of the same keys in the
// same order.
func sameKeys(a, b []*group) bool {
	return slices.EqualFunc(a, b, func(x, y *group) bool { return x.key == y.key })
}

// merges are the notes on g, as an entity's Merges say them.
func (u *unlinkedShorts) merges(g *group) []merge {
	var out []merge
	for _, n := range u.notes[g] {
		n.once.Do(func() { n.text = n.merge() })
		out = append(out, n.text)
	}
	return out
}

// merge is the note as an entity's Merges say it.
func (n *unlinkedShort) merge() merge {
	if n.stranger {
		text := fmt.Sprintf("%q in %s left unlinked: it fits %s, but no series tells, and those documents name no one in full that this entity's documents name", n.name, listed(n.docs, maxNoteDocs, "other documents"), n.fits[0].key)
		return merge{rule: "short-name-stranger", text: text}
	}
	keys := make([]string, len(n.fits))
	for i, g := range n.fits {
		keys[i] = g.key
	}
	text := fmt.Sprintf("%q in %s left unlinked: it fits %s", n.name, listed(n.docs, maxNoteDocs, "other documents"), listed(keys, maxNoteFits, "others"))
	return merge{rule: "short-name-unlinked", text: text}
}

// listed joins items with commas, naming only the first max of a longer
// list and counting the rest as "and N <rest>".
func listed(items []string, max int, rest string) string {
	if len(items) > max {
		return strings.Join(items[:max], ", ") + fmt.Sprintf(" and %d %s", len(items)-max, rest)
	}
	return strings.Join(items, ", ")
}
