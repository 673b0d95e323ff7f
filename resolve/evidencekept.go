package resolve

import (
	"sort"

	"github.com/kgbuild/kg/graph"
)

// The name evidence is gathered once, when a rule first asks for it, and
// then kept up to date: the state notes each union, each group made and
// each mention added to a group, and the next rule to ask has the notes
// applied to the evidence it already holds, touching only the names,
// documents and claims they concern. Gathering it again for every rule
// that reads it cost half of reconciliation on a large corpus. The
// evidence a rule is given does not change while the rule runs: notes
// are applied only between rules, so a rule sees the corpus as it was
// when it asked, as it did when the evidence was gathered anew.

// evidenceIndex is what keeps a nameEvidence up to date: where each
// mention sits, which group its own name has, and how many mentions make
// each entry of the sets.
type evidenceIndex struct {
	// member[d][i] is a group mention i of document d is in (its root is
	// the mention's entity), or nil while it is in none.
	member [][]*group
	// own[d][i] is the group of the mention's name under the type its
	// entity had, ownTyp[d][i] (nil when no group has that name and type).
	own    [][]*group
	ownTyp [][]label
	absent map[string][]mref   // mentions with no own group, by the id it would have
	pairs  map[*group][]*group // a root -> the roots a claim relates it to (some maybe gone)
}

// groupChanges are what happened to the groups since the evidence was
// last brought up to date.
type groupChanges struct {
	joined []joinedNote // unions, in order
	made   []*group     // groups made
	added  []mref       // mentions added to a group, which member records
}

// joinedNote is one union: the root that was joined to another, and the
// mentions it held then (its refs, moved to the other root).
type joinedNote struct {
	g    *group
	refs []mref
}

// noteUnion notes that rb, a root, is about to be joined to another root.
func (s *state) noteUnion(rb *group) {
	if s.gathered != nil {
		s.changes.joined = append(s.changes.joined, joinedNote{rb, rb.refs})
	}
}

// noteGroup notes that g was made.
func (s *state) noteGroup(g *group) {
	if s.gathered != nil {
		s.changes.made = append(s.changes.made, g)
	}
}

// addRef adds the mention r to g's mentions. A mention added to a group
// that is not a root is in no entity's mentions, and the evidence does
// not see it.
func (s *state) addRef(g *group, r mref) {
	g.refs = append(g.refs, r)
	if s.gathered != nil && g.parent == nil {
		s.gathered.ix.member[r.doc][r.i] = g
		s.changes.added = append(s.changes.added, r)
	}
}

// evidence returns the evidence of the state as it stands, brought up to
// date only when a union has been made since it was last asked for.
func (s *state) evidence() *nameEvidence {
	switch {
	case s.gathered == nil:
		s.gathered = gatherEvidence(s)
	case s.gatherAt != s.unions:
		s.bringUpToDate()
	}
	s.gatherAt = s.unions
	return s.gathered
}

// currentEvidence returns the evidence of the state as it stands, with
// every change applied, unions or not.
func (s *state) currentEvidence() *nameEvidence {
	if s.gathered == nil {
		s.gathered, s.gatherAt = gatherEvidence(s), -1
		return s.gathered
	}
	s.bringUpToDate()
	return s.gathered
}

// bringUpToDate applies the changes noted since the evidence was last
// brought up to date.
func (s *state) bringUpToDate() {
	ev, c := s.gathered, s.changes
	s.changes = groupChanges{}
	if len(c.joined) == 0 && len(c.made) == 0 && len(c.added) == 0 {
		return
	}
	touched := map[int]bool{} // documents whose series may have changed
	for _, n := range c.joined {
		series := n.g.typ == graph.Series || n.g.root().typ == graph.Series
		for _, r := range n.refs {
			ev.reown(s, r, false)
			if series {
				touched[r.doc] = true
			}
		}
	}
	for _, r := range c.added {
		ev.reown(s, r, false)
		ev.relateClaims(s, r)
		if ev.rootOf(r).typ == graph.Series {
			touched[r.doc] = true
		}
	}
	for _, g := range c.made {
		id := g.typ + "|" + g.key
		rs := ev.ix.absent[id]
		delete(ev.ix.absent, id)
		for _, r := range rs {
			ev.reown(s, r, true)
		}
	}
	for _, n := range c.joined {
		ev.repoint(n.g)
	}
	for d := range touched {
		ev.seriesIn(s, d)
	}
	ev.people, ev.inferred, ev.seriesCache = nil, nil, map[seriesKey][]*group{}
}

// rootOf returns the entity of mention r, or nil when it is in no group.
func (ev *nameEvidence) rootOf(r mref) *group {
	if r.i < 0 || r.i >= len(ev.ix.member[r.doc]) {
		return nil
	}
	if g := ev.ix.member[r.doc][r.i]; g != nil {
		return g.root()
	}
	return nil
}

// reown looks the own group of mention r up again when its entity's type
// is not the one it was looked up with, or, with again, when it had none,
// and moves its document and block to the group found.
func (ev *nameEvidence) reown(s *state, r mref, again bool) {
	root := ev.rootOf(r)
	if root == nil {
		return
	}
	ix := ev.ix
	was := ix.own[r.doc][r.i]
	if ix.ownTyp[r.doc][r.i] == labelOf(root.typ) && (was != nil || !again) {
		return
	}
	id := s.lookupID(root.typ, s.mention(r).Name)
	now := s.groups[id]
	ix.own[r.doc][r.i], ix.ownTyp[r.doc][r.i] = now, labelOf(root.typ)
	if now == nil {
		ix.absent[id] = append(ix.absent[id], r)
	}
	if now == was {
		return
	}
	blk := [2]int{r.doc, s.mention(r).Block}
	if was != nil {
		uncount(ev.docs, was, r.doc)
		uncount(ev.blocks, was, blk)
	}
	if now != nil {
		ev.count(now, r.doc, blk)
	}
}

// count adds one mention of group own in document d and block blk.
func (ev *nameEvidence) count(own *group, d int, blk [2]int) {
	countIn(ev.docs, own, d)
	countIn(ev.blocks, own, blk)
}

// relate records that a claim relates roots a and b.
func (ev *nameEvidence) relate(a, b *group) {
	if a == nil || b == nil || a == b || ev.claimed[[2]*group{a, b}] {
		return
	}
	ev.claimed[[2]*group{a, b}], ev.claimed[[2]*group{b, a}] = true, true
	ev.ix.pairs[a] = append(ev.ix.pairs[a], b)
	ev.ix.pairs[b] = append(ev.ix.pairs[b], a)
}

// relateClaims records the claims of mention r's document that use it.
func (ev *nameEvidence) relateClaims(s *state, r mref) {
	for _, c := range s.xs[r.doc].Claims {
		if c.Subject == r.i || c.Object == r.i {
			ev.relate(ev.rootOf(mref{r.doc, c.Subject}), ev.rootOf(mref{r.doc, c.Object}))
		}
	}
}

// repoint moves what the evidence holds of g, no longer a root, to its
// root: the actors that play it and the claims that relate it.
func (ev *nameEvidence) repoint(g *group) {
	r := g.root()
	if as := ev.actors[g]; as != nil {
		if ev.actors[r] == nil {
			ev.actors[r] = as
		} else {
			for a := range as {
				ev.actors[r][a] = true
			}
		}
		delete(ev.actors, g)
	}
	for _, p := range ev.ix.pairs[g] {
		if !ev.claimed[[2]*group{g, p}] {
			continue
		}
		delete(ev.claimed, [2]*group{g, p})
		delete(ev.claimed, [2]*group{p, g})
		ev.relate(r, p.root())
	}
	delete(ev.ix.pairs, g)
}

// seriesIn finds again the series document d names, in key order, and
// the one it is about.
func (ev *nameEvidence) seriesIn(s *state, d int) {
	var gs []*group
	for i := range s.xs[d].Mentions {
		if g := ev.rootOf(mref{d, i}); g != nil && g.typ == graph.Series && !containsGroup(gs, g) {
			gs = append(gs, g)
		}
	}
	sort.Slice(gs, func(i, j int) bool { return gs[i].key < gs[j].key })
	if len(gs) > 0 {
		ev.series[d] = gs
	} else {
		delete(ev.series, d)
	}
	if g := ev.rootOf(mref{d, s.xs[d].Subject}); g != nil && g.typ == graph.Series {
		ev.about[d] = g
	} else {
		delete(ev.about, d)
	}
}

// peopleByDoc maps each document to the roots of the people and
// characters it names in full, found when first asked after the evidence
// was brought up to date (no rule asks after its first union).
func (ev *nameEvidence) peopleByDoc() map[int]map[*group]bool {
	if ev.people == nil {
		ev.people = peopleOf(ev)
	}
	return ev.people
}

// inferredSeries returns the series of the documents that name none,
// taken from their cast (see inferSeries), found when first asked.
func (ev *nameEvidence) inferredSeries() map[int][]*group {
	if ev.inferred == nil {
		ev.inferred = inferSeries(ev)
	}
	return ev.inferred
}

// readyForCores makes the parts of the evidence made when first asked
// for, so that rules may read it on all cores; seriesOf, which keeps what
// it makes, takes a lock for that.
func (ev *nameEvidence) readyForCores() {
	ev.peopleByDoc()
	ev.inferredSeries()
}
