package resolve

import (
	"fmt"
	"slices"
	"sort"
)

// givenForm is a rule that joins two forms of one person's or character's
// name which differ in the given name or the middle names only, the
// surname and any generational suffix being the same. Each such rule is a
// value of its own file: middleName, givenNickname, givenClipped,
// givenInitial.
//
// Blocking: a name is compared only with the names of its type, surname
// and suffix indexed under a key its given name probes: the name itself,
// its lines in the list of familiar forms, the names it starts (a clipped
// name), its initial (a full name looking for initials). The cost follows
// the number of names. A pair is joined only when each of the two
// has no other candidate (a bare "Dan" beside Daniel and Danielle joins
// neither) or the candidates are all forms of one another ("Kate",
// "Katie" and "Katherine" of one surname join as one), no document
// relates them, no paragraph, list or field writes
// both (a credits field naming "Fred" and "Frederick" Keller names two
// producers), and no two actors play them.
type givenForm struct {
	rule string
	// keys are the blocking keys a folded given name is indexed under;
	// probes, when set, those under which the names it may match are
	// (else its keys): a clipped name looks for the names it starts.
	keys, probes func(given string) []string
	// match reports whether two folded given names are forms of one
	// another by this rule, and says how, for the record.
	match func(a, b string) (string, bool)
	// together, when false, keeps apart two names that one document
	// writes both in full: it tells two people apart.
	together bool
}

func (f givenForm) name() string { return f.rule }

// formsOfOne reports whether two folded given names share a line of the
// list of familiar forms.
func formsOfOne(a, b string) bool {
	for _, i := range givenNameForms[a] {
		for _, j := range givenNameForms[b] {
			if i == j {
				return true
			}
		}
	}
	return false
}

// nameEntry is a group with its name taken apart.
type nameEntry struct {
	g *group
	p nameParts
}

func (f givenForm) apply(s *state) {
	ev := s.evidence()
	entries := s.nameEntries()
	keys, probed := make([][]string, len(entries)), make([][]string, len(entries))
	eachName(len(entries), func(i int) {
		keys[i] = f.bucketKeys(entries[i], f.keys)
		probed[i] = keys[i]
		if f.probes != nil {
			probed[i] = f.bucketKeys(entries[i], f.probes)
		}
	})
	buckets := map[string][]nameEntry{}
	for i, e := range entries {
		for _, k := range keys[i] {
			buckets[k] = append(buckets[k], e)
		}
	}
	// Each name's candidates are found on any core, then recorded in
	// name order: the first reason found for a pair stands.
	pairs := make([][]candidatePair, len(entries))
	eachName(len(entries), func(i int) {
		a := entries[i]
		for _, k := range probed[i] {
			for _, b := range buckets[k] {
				if why := f.why(ev, a, b); b.g != a.g && why != "" {
					pairs[i] = append(pairs[i], candidatePair{a.g.root(), b.g.root(), why})
				}
			}
		}
	})
	found := map[*group]map[*group]string{} // root -> candidate root -> why
	addPairs(found, pairs)
	joinSingleCandidates(s, f.rule, found)
	joinCandidateCliques(s, f.rule, found)
}

// nameEntries lists, in key order, the groups of people and characters
// whose names have a given name and surname, taken apart; the list is
// kept until a group is made (the given-name rules, one after another,
// make none).
func (s *state) nameEntries() []nameEntry {
	if s.entries != nil {
		return s.entries
	}
	gs := s.sortedGroups()
	s.splitAll(gs)
	entries := []nameEntry{}
	for _, g := range gs {
		if p, ok := s.parts(g); ok {
			entries = append(entries, nameEntry{g, p})
		}
	}
	s.entries = entries
	return entries
}

// bucketKeys are the keys of e's given names by keys, within its type,
// surname and suffix.
func (f givenForm) bucketKeys(e nameEntry, keys func(string) []string) []string {
	var out []string
	for _, given := range e.p.givens() {
		for _, k := range keys(given) {
			k = e.g.typ + "|" + e.p.surname + "|" + e.p.suffix + "|" + k
			if !slices.Contains(out, k) {
				out = append(out, k)
			}
		}
	}
	return out
}

// why returns the evidence that a and b are one entity by this rule, or "".
func (f givenForm) why(ev *nameEvidence, a, b nameEntry) string {
	if a.g.root() == b.g.root() || !middlesFit(a.p.middles, b.p.middles) {
		return ""
	}
	for _, x := range a.p.givens() {
		for _, y := range b.p.givens() {
			how, ok := f.match(x, y)
			if !ok || ev.apart(a.g, b.g) != "" || ev.sideBySide(a.g, b.g) || !f.together && ev.together(a.g, b.g) {
				continue
			}
			return fmt.Sprintf("%s: %q and %q: %s", f.rule, a.g.name, b.g.name, how)
		}
	}
	return ""
}

// pairedKeys returns, sorted, the keys of the buckets that hold two
// entries or more: only they have pairs to compare.
func pairedKeys[T any](buckets map[string][]T) []string {
	var keys []string
	for k, b := range buckets {
		if len(b) > 1 {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	return keys
}

// addCandidates records a and b, entities a rule ties for why, as each
// other's candidate; the first reason found for a pair stands.
func addCandidates(found map[*group]map[*group]string, a, b *group, why string) {
	for _, p := range [2][2]*group{{a, b}, {b, a}} {
		if found[p[0]] == nil {
			found[p[0]] = map[*group]string{}
		}
		if _, ok := found[p[0]][p[1]]; !ok {
			found[p[0]][p[1]] = why
		}
	}
}

// addBucketCandidates records every pair of gs, a bucket of a rule's
// blocking, that why ties (a reason, or "") as each other's candidates.
func addBucketCandidates(found map[*group]map[*group]string, gs []*group, why func(a, b *group) string) {
	for _, p := range bucketPairs(nil, gs, why) {
		addCandidates(found, p.a, p.b, p.why)
	}
}

// joinSingleCandidates joins each pair of entities that are each other's
// only candidate, in key order, recording why under rule.
func joinSingleCandidates(s *state, rule string, found map[*group]map[*group]string) {
	roots := make([]*group, 0, len(found))
	for r := range found {
		roots = append(roots, r)
	}
	sort.Slice(roots, func(i, j int) bool { return roots[i].typ+"|"+roots[i].key < roots[j].typ+"|"+roots[j].key })
	for _, r := range roots {
		if len(found[r]) != 1 {
			continue
		}
		for c, why := range found[r] {
			if len(found[c]) == 1 && r.root() != c.root() {
				s.union(c, r, rule, why)
			}
		}
	}
}

// joinCandidateCliques joins the entities of each set of candidates in
// which every entity is a candidate of every other and of none outside:
// three forms of one given name ("Kate", "Katie", "Katherine") with one
// surname are one entity, where a name with two candidates that are not
// each other's ("Dan": Daniel, Danielle) stays apart. Sets are taken in
// key order, and each union records why.
func joinCandidateCliques(s *state, rule string, found map[*group]map[*group]string) {
	roots := make([]*group, 0, len(found))
	for r := range found {
		roots = append(roots, r)
	}
	sort.Slice(roots, func(i, j int) bool { return roots[i].typ+"|"+roots[i].key < roots[j].typ+"|"+roots[j].key })
	for _, r := range roots {
		if len(found[r]) < 2 || !isClique(r, found) {
			continue
		}
		cs := make([]*group, 0, len(found[r]))
		for c := range found[r] {
			cs = append(cs, c)
		}
		sort.Slice(cs, func(i, j int) bool { return cs[i].key < cs[j].key })
		for _, c := range cs {
			if r.root() != c.root() {
				s.union(c, r, rule, found[r][c])
			}
		}
	}
}

// isClique reports whether r's candidates and r are each a candidate of
// every other of them and of nothing else.
func isClique(r *group, found map[*group]map[*group]string) bool {
	for c := range found[r] {
		if len(found[c]) != len(found[r]) {
			return false
		}
		for o := range found[c] {
			if _, ok := found[r][o]; o != r && !ok {
				return false
			}
		}
	}
	return true
}
