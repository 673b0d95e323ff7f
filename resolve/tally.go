package resolve

import "iter"

// tally counts the mentions of one name by document, or by block. Most
// names are written in a few documents and blocks: up to fewKeys keys are
// held in a short slice, scanned, and a map is made only beyond, so that
// the evidence of a large corpus holds a few words per name where a map
// each cost a few hundred bytes. The order of its keys means nothing.
type tally[K comparable] struct {
	few  []keyCount[K]
	many map[K]int
}

// keyCount is one key of a tally and its count.
type keyCount[K comparable] struct {
	k K
	n int
}

// fewKeys is how many keys a tally holds before it takes a map.
const fewKeys = 8

// add counts one more mention under k.
func (t *tally[K]) add(k K) {
	if t.many != nil {
		t.many[k]++
		return
	}
	for i := range t.few {
		if t.few[i].k == k {
			t.few[i].n++
			return
		}
	}
	if len(t.few) < fewKeys {
		t.few = append(t.few, keyCount[K]{k, 1})
		return
	}
	t.many = make(map[K]int, 2*fewKeys)
	for _, c := range t.few {
		t.many[c.k] = c.n
	}
	t.few = nil
	t.many[k]++
}

// remove takes one mention under k away, the key with it when none is
// left, and reports whether the tally is then empty.
func (t *tally[K]) remove(k K) bool {
	if t.many != nil {
		if t.many[k]--; t.many[k] <= 0 {
			delete(t.many, k)
		}
		return len(t.many) == 0
	}
	for i := range t.few {
		if t.few[i].k == k {
			if t.few[i].n--; t.few[i].n <= 0 {
				t.few = append(t.few[:i], t.few[i+1:]...)
			}
			break
		}
	}
	return len(t.few) == 0
}

// has reports whether some mention is counted under k; a nil tally has
// none.
func (t *tally[K]) has(k K) bool {
	if t == nil {
		return false
	}
	if t.many != nil {
		return t.many[k] > 0
	}
	for _, c := range t.few {
		if c.k == k {
			return true
		}
	}
	return false
}

// keys yields the keys counted, in no particular order; a nil tally has
// none.
func (t *tally[K]) keys() iter.Seq[K] {
	return func(yield func(K) bool) {
		if t == nil {
			return
		}
		for _, c := range t.few {
			if !yield(c.k) {
				return
			}
		}
		for k := range t.many {
			if !yield(k) {
				return
			}
		}
	}
}

// countIn adds one mention of g under k, making g's tally when it has
// none.
func countIn[K comparable](m map[*group]*tally[K], g *group, k K) {
	t := m[g]
	if t == nil {
		t = &tally[K]{}
		m[g] = t
	}
	t.add(k)
}

// uncount takes one mention of g under k away, and g's tally when it is
// then empty.
func uncount[K comparable](m map[*group]*tally[K], g *group, k K) {
	if t := m[g]; t != nil && t.remove(k) {
		delete(m, g)
	}
}
