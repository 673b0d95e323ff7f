package resolve

import (
	"sort"
	"strings"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/names"
)

// state is what the rules of one run share: the extractions, read only;
// the type each mention has so far and the rule that gave it, where that
// differs from extract's; and the union-find of name groups.
type state struct {
	xs []*extract.Extraction
	// types[d][i] is the type of mention i of document d so far;
	// typedBy[d][i] the rule that set it, "" while it is extract's.
	types, typedBy [][]label
	// need is the type a claim requires of a mention extract typed
	// otherwise.
	need   map[mref]string
	groups map[string]*group
	// shorts are the mentions the folded-key rule set aside: lone words
	// and untyped names, for the short-name rule to place.
	shorts []mref
	// unlinked notes, on each group, the names a rule kept apart from it.
	unlinked map[*group][]merge
	// shortsLeft notes, on each candidate, the short names that fitted it
	// and others, so they were left unlinked.
	shortsLeft unlinkedShorts

	sorted []*group // groups in key order, nil when stale
	// entries are the groups of sorted whose names have a given name and
	// surname, taken apart (see nameEntries), nil when stale.
	entries []nameEntry
	split   map[*group]splitParts // the names of people and characters taken apart
	// unions counts the unions made, so that evidence gathered before
	// one is known to be stale; changes are what the evidence has not
	// been brought up to date with (see evidencekept.go).
	unions   int
	gathered *nameEvidence
	gatherAt int
	changes  groupChanges
	orgs     map[string][]*group        // organizations by first and last word
	actors   map[*group]map[string]bool // characters to the actors that play them
	actorOf  map[string][]*group        // the same by actor: the characters each plays
	// prefixed holds the type|key of the names the leading-word rule
	// took for a shorter name: they are never an entity's canonical name.
	prefixed map[string]bool
	// ids memoises the group ids of names by type (see lookup): the
	// rules look the same names up again each time they gather evidence.
	ids map[[2]string]string
}

func newState(xs []*extract.Extraction) *state {
	s := &state{xs: xs, groups: map[string]*group{}, unlinked: map[*group][]merge{}, ids: map[[2]string]string{},
		split: map[*group]splitParts{}}
	s.types = make([][]label, len(xs))
	s.typedBy = make([][]label, len(xs))
	for d, x := range xs {
		s.types[d] = make([]label, len(x.Mentions))
		s.typedBy[d] = make([]label, len(x.Mentions))
		for i, m := range x.Mentions {
			s.types[d][i] = labelOf(m.Type)
		}
	}
	s.need = needTypes(xs)
	return s
}

// mention is the mention r as extract found it.
func (s *state) mention(r mref) *extract.Mention { return &s.xs[r.doc].Mentions[r.i] }

// typ is the type of the mention r so far.
func (s *state) typ(r mref) string { return s.types[r.doc][r.i].String() }

// retype gives the mention r the type t by rule.
func (s *state) retype(r mref, t, rule string) {
	s.types[r.doc][r.i] = labelOf(t)
	if t == s.mention(r).Type {
		rule = ""
	}
	s.typedBy[r.doc][r.i] = labelOf(rule)
}

// docName is the id of document d, for explanations.
func (s *state) docName(d int) string { return s.xs[d].Doc.ID }

// dropRuleMemos lets go of what the rules keep to answer their questions
// again without working them out again: the name evidence and its
// changes, the names taken apart, the organizations by word, the actors
// of the characters and the ids of the names. The entities are made once
// the rules have run, and need none of it; each is made again if asked
// (nil, or an empty memo, is where they start), so that a state without
// them answers as it did. At 100 MB of documents they were a good part of
// the live heap while the entities were made.
func (s *state) dropRuleMemos() {
	s.gathered, s.gatherAt, s.changes = nil, 0, groupChanges{}
	s.entries, s.orgs, s.actors, s.actorOf = nil, nil, nil, nil
	s.split = map[*group]splitParts{}
	s.ids = map[[2]string]string{}
}

// get returns the group of type typ and key, making it if need be.
func (s *state) get(typ, key string) *group {
	id := typ + "|" + key
	g := s.groups[id]
	if g == nil {
		g = &group{typ: typ, key: key}
		s.groups[id] = g
		s.sorted, s.orgs, s.entries = nil, nil, nil
		s.noteGroup(g)
	}
	return g
}

// lookup returns the group of type typ whose key name has, or nil.
func (s *state) lookup(typ, name string) *group {
	return s.groups[s.lookupID(typ, name)]
}

// lookupID returns the id of the group of type typ whose key name has,
// whether or not there is one.
func (s *state) lookupID(typ, name string) string {
	id, ok := s.ids[[2]string{typ, name}]
	if !ok {
		id = nameID(typ, name)
		s.ids[[2]string{typ, name}] = id
	}
	return id
}

// nameID is the id of the group of type typ whose key name has, worked
// out, not looked up (see lookupID).
func nameID(typ, name string) string { return typ + "|" + normKey(typ, name) }

// sortedGroups lists the groups in key order, for deterministic merging.
func (s *state) sortedGroups() []*group {
	if s.sorted == nil {
		keys := make([]string, 0, len(s.groups))
		for k := range s.groups {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		s.sorted = make([]*group, len(keys))
		for i, k := range keys {
			s.sorted[i] = s.groups[k]
		}
	}
	return s.sorted
}

// inDoc reports whether g's entity is named in document d.
func (s *state) inDoc(g *group, d int) bool {
	for _, r := range g.root().refs {
		if r.doc == d {
			return true
		}
	}
	return false
}

// shareDocument reports whether a document names both a and b.
func (s *state) shareDocument(a, b *group) bool {
	docs := map[int]bool{}
	for _, r := range a.root().refs {
		docs[r.doc] = true
	}
	for _, r := range b.root().refs {
		if docs[r.doc] {
			return true
		}
	}
	return false
}

// allShape reports whether every mention of g was typed by its shape only.
func (s *state) allShape(g *group) bool {
	for _, r := range g.refs {
		if s.mention(r).Signal != extract.SigShape {
			return false
		}
	}
	return len(g.refs) > 0
}

// orgsWithAffix returns the other organization groups whose key a's key
// starts or ends. Blocking: organization names are compared only with
// names that share their first or last word, so the cost follows the
// number of names, not its square.
func (s *state) orgsWithAffix(a *group) []*group {
	if s.orgs == nil {
		s.orgs = map[string][]*group{}
		for _, g := range s.sortedGroups() {
			if ws := strings.Fields(g.key); g.typ == graph.Organization && len(ws) > 0 {
				s.orgs["<"+ws[0]] = append(s.orgs["<"+ws[0]], g)
				s.orgs[">"+ws[len(ws)-1]] = append(s.orgs[">"+ws[len(ws)-1]], g)
			}
		}
	}
	ws := strings.Fields(a.key)
	if len(ws) == 0 {
		return nil
	}
	var fit []*group
	seen := map[*group]bool{}
	for _, b := range append(s.orgs["<"+ws[0]], s.orgs[">"+ws[len(ws)-1]]...) {
		if b != a && !seen[b] && Affix(a.key, b.key) {
			seen[b] = true
			fit = append(fit, b)
		}
	}
	return fit
}

// playedBy maps each character group to the actors (folded names) that
// play it, from PLAYS claims.
func (s *state) playedBy() map[*group]map[string]bool {
	if s.actors != nil {
		return s.actors
	}
	s.actors = map[*group]map[string]bool{}
	s.actorOf = map[string][]*group{}
	for _, x := range s.xs {
		for _, c := range x.Claims {
			if c.Predicate != predPlays || c.Subject < 0 || c.Object < 0 {
				continue
			}
			a, ch := x.Mentions[c.Subject], x.Mentions[c.Object]
			g := s.lookup(graph.Character, ch.Name)
			if g == nil {
				continue
			}
			if s.actors[g] == nil {
				s.actors[g] = map[string]bool{}
			}
			if a := names.Fold(a.Name); !s.actors[g][a] {
				s.actors[g][a] = true
				s.actorOf[a] = append(s.actorOf[a], g)
			}
		}
	}
	return s.actors
}

// actorIndex returns, by folded actor name, the characters' groups that
// actor plays (as found when playedBy was first asked).
func (s *state) actorIndex() map[string][]*group {
	s.playedBy()
	return s.actorOf
}

// castBy returns the characters' groups each actor plays, sorted by key,
// with the actors' folded names gathered under by(name): the index the
// rules that compare one actor's characters block on.
func (s *state) castBy(by func(actor string) string) map[string][]*group {
	out := map[string][]*group{}
	for a, gs := range s.actorIndex() {
		out[by(a)] = append(out[by(a)], gs...)
	}
	for _, gs := range out {
		sort.Slice(gs, func(i, j int) bool { return gs[i].key < gs[j].key })
	}
	return out
}

// needTypes returns, for mentions a claim uses, the type the claim needs
// where extract typed them otherwise.
func needTypes(xs []*extract.Extraction) map[mref]string {
	need := map[mref]string{}
	for d, x := range xs {
		for _, c := range x.Claims {
			st, ot := extract.WantTypes(c.Predicate)
			if c.Subject >= 0 && x.Mentions[c.Subject].Type != st {
				need[mref{d, c.Subject}] = st
			}
			if c.Object >= 0 && x.Mentions[c.Object].Type != ot {
				need[mref{d, c.Object}] = ot
			}
		}
	}
	return need
}
