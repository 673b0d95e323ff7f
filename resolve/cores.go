package resolve

import "github.com/kgbuild/kg/internal/parallel"

// Reconciliation runs its rules one after another, since each reads what
// the ones before it joined; within a rule, the work that only reads the
// state (taking names apart, finding each name's candidates in its
// blocks) runs on all cores, each name's share written to its own slot,
// and what it found is then applied on one core in name order, as it was
// when it all ran on one. The groups, ids and explanations are therefore
// the same whatever the number of cores.

// chunk is how many names one piece of parallel work takes: enough that
// handing out the pieces costs little beside them.
const chunk = 256

// eachName runs f(0..n-1) on all cores, in pieces of chunk indexes. The
// calls must only read the state and write their own index's slot.
func eachName(n int, f func(i int)) {
	parallel.Each((n+chunk-1)/chunk, func(c int) {
		for i := c * chunk; i < min(n, (c+1)*chunk); i++ {
			f(i)
		}
	})
}

// atOnce runs each of fs on a core of its own and returns when all have:
// the indexes a rule reads, made from the same state, need not wait for
// one another.
func atOnce(fs ...func()) {
	parallel.Each(len(fs), func(i int) { fs[i]() })
}

// splitAll takes apart, on all cores, the names of the groups gs not yet
// taken apart (see parts), and keeps them for parts.
func (s *state) splitAll(gs []*group) {
	var todo []*group
	for _, g := range gs {
		if _, done := s.split[g]; !done && personLike(g.typ) && g.name != "" {
			todo = append(todo, g)
		}
	}
	out := make([]splitParts, len(todo))
	eachName(len(todo), func(i int) {
		out[i].p, out[i].ok = splitName(todo[i].name)
	})
	for i, g := range todo {
		s.split[g] = out[i]
	}
}

// refIDs returns, for each mention of each group of gs, the id of the
// group of the group's type that the mention's own name has (see
// lookupID): worked out on all cores, then kept for lookupID, each name
// once.
func (s *state) refIDs(gs []*group) [][]string {
	out := make([][]string, len(gs))
	fresh := make([][]bool, len(gs)) // the id was worked out, and the name differs from the mention before
	eachName(len(gs), func(k int) {
		g := gs[k]
		out[k], fresh[k] = make([]string, len(g.refs)), make([]bool, len(g.refs))
		prev := ""
		for j, r := range g.refs {
			name := s.mention(r).Name
			id, ok := s.ids[[2]string{g.typ, name}]
			if !ok {
				if j > 0 && name == prev {
					id = out[k][j-1]
				} else {
					id, fresh[k][j] = nameID(g.typ, name), true
				}
			}
			out[k][j], prev = id, name
		}
	})
	for k, g := range gs {
		for j, r := range g.refs {
			if fresh[k][j] {
				s.ids[[2]string{g.typ, s.mention(r).Name}] = out[k][j]
			}
		}
	}
	return out
}

// candidatePair is two roots a rule found may be one entity, and why.
type candidatePair struct {
	a, b *group
	why  string
}

// bucketPairs appends to out every pair of gs, a bucket of a rule's
// blocking, that why ties; it only reads the state, so buckets may be
// compared on all cores.
func bucketPairs(out []candidatePair, gs []*group, why func(a, b *group) string) []candidatePair {
	for i, a := range gs {
		for _, b := range gs[i+1:] {
			if w := why(a, b); w != "" {
				out = append(out, candidatePair{a.root(), b.root(), w})
			}
		}
	}
	return out
}

// addPairs records, in order, the pairs each piece of a rule's parallel
// work found as each other's candidates (see addCandidates).
func addPairs(found map[*group]map[*group]string, pairs [][]candidatePair) {
	for _, ps := range pairs {
		for _, p := range ps {
			addCandidates(found, p.a, p.b, p.why)
		}
	}
}
