package resolve

import (
	"fmt"

	"github.com/kgbuild/kg/graph"
)

// personaAlias is the rule "persona-alias": the names a text gives as one
// character's ("Nadine/Dorothy", "Jimmy/Saul/Gene", see extract's
// predPersona) join once the short names among them are placed, each
// with the entity it stands for. It runs after the short-name rule, and
// only the entities of people and characters of one type join; two whose
// actors differ, or that a document relates to each other ("Jimmy/Chuck's
// rivalry" aside, a brother is no persona), stay apart.
type personaAlias struct{}

func (personaAlias) name() string { return "persona-alias" }

func (p personaAlias) apply(s *state) {
	owner := s.owners()
	actors := s.actorsByRoot()
	related := s.relatedRoots()
	for d, x := range s.xs {
		for i, m := range x.Mentions {
			if m.Alias == "" || m.Type != "" && m.Type != graph.Character && m.Type != graph.Person {
				continue
			}
			a := owner.at(mref{d, i})
			b := s.namedIn(owner, d, m.Alias)
			if a == nil || b == nil || a.root() == b.root() {
				continue
			}
			ra, rb := a.root(), b.root()
			if ra.typ != rb.typ || ra.typ != graph.Character && ra.typ != graph.Person ||
				related[[2]*group{ra, rb}] || disjoint(actors[ra], actors[rb]) {
				continue
			}
			s.union(rb, ra, p.name(), fmt.Sprintf("persona: %s writes %q and %q as one character's names", x.Doc.ID, m.Alias, m.Name))
		}
	}
}

// owners maps every placed mention to the group it was placed in.
func (s *state) owners() mentionGroups {
	out := make(mentionGroups, len(s.xs))
	for d, x := range s.xs {
		out[d] = make([]*group, len(x.Mentions))
	}
	for _, g := range s.sortedGroups() {
		for _, r := range g.refs {
			out[r.doc][r.i] = g
		}
	}
	return out
}

// mentionGroups holds a group for each mention, by document and index:
// slices, not a map by mention, which would cost many times the memory
// and time on a large corpus.
type mentionGroups [][]*group

// at returns the group of mention r, or nil (also for an index that is
// no mention's, such as a claim's missing subject).
func (m mentionGroups) at(r mref) *group {
	if r.i < 0 || r.i >= len(m[r.doc]) {
		return nil
	}
	return m[r.doc][r.i]
}

// namedIn returns the group of a mention of document d named name, or nil.
func (s *state) namedIn(owner mentionGroups, d int, name string) *group {
	for i, m := range s.xs[d].Mentions {
		if m.Name == name {
			if g := owner.at(mref{d, i}); g != nil {
				return g
			}
		}
	}
	return nil
}

// actorsByRoot maps each character's entity to the actors said to play
// any of its names.
func (s *state) actorsByRoot() map[*group]map[string]bool {
	out := map[*group]map[string]bool{}
	for g, as := range s.playedBy() {
		r := g.root()
		if out[r] == nil {
			out[r] = map[string]bool{}
		}
		for a := range as {
			out[r][a] = true
		}
	}
	return out
}

// relatedRoots holds the pairs of entities a claim relates, both ways.
func (s *state) relatedRoots() map[[2]*group]bool {
	owner := s.owners()
	out := map[[2]*group]bool{}
	for d, x := range s.xs {
		for _, c := range x.Claims {
			a, b := owner.at(mref{d, c.Subject}), owner.at(mref{d, c.Object})
			if a != nil && b != nil {
				out[[2]*group{a.root(), b.root()}], out[[2]*group{b.root(), a.root()}] = true, true
			}
		}
	}
	return out
}

// disjoint reports whether both sets are non-empty and share nothing.
func disjoint(a, b map[string]bool) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for k := range a {
		if b[k] {
			return false
		}
	}
	return true
}
