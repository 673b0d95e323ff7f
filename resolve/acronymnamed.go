package resolve

import (
	"fmt"
	"strings"

	"github.com/kgbuild/kg/graph"
)

// acronymNamedWith is the rule "acronym-named-with": an acronym that
// spells the names of several organizations (or places) of the corpus,
// which the rule "acronym" therefore leaves alone, joins the one of them
// that the documents writing the acronym name ("HPD" beside "Harbor
// Police Department" in a recap, while a page of another series names
// "Hollis Police Department"). A page that writes both means one by the
// other; a page that writes the acronym alone gives no sign which is
// meant, so every document of the acronym must name the one, and none of
// them another the acronym spells.
//
// Blocking: the names are indexed under their initials (spelledIndex),
// so an acronym is compared only with the names it spells.
type acronymNamedWith struct{}

func (acronymNamedWith) name() string { return "acronym-named-with" }

func (a acronymNamedWith) apply(s *state) {
	spelled := spelledIndex(s)
	for _, g := range s.sortedGroups() {
		if (g.typ != graph.Organization && g.typ != graph.Place) || g.root() != g || len(g.refs) == 0 ||
			!isAcronym(g.name) || len(g.key) < minAcronym {
			continue
		}
		var cands []*group
		for _, b := range spelled[g.typ+"|"+g.key] {
			if r := b.root(); r != g && !containsGroup(cands, r) {
				cands = append(cands, r)
			}
		}
		if len(cands) < 2 {
			continue // none to choose, or the rule "acronym" chose
		}
		if one := a.namedWith(s, g, cands); one != nil {
			g.short = true
			s.union(one, g, a.name(), fmt.Sprintf("acronym: %q spells the initials of %d %s names; %q is the one its documents name",
				g.name, len(cands), strings.ToLower(g.typ), one.name))
		}
	}
}

// namedWith returns the one of cands that every document of the acronym
// g names, when no document of g names another of them; else nil.
func (acronymNamedWith) namedWith(s *state, g *group, cands []*group) *group {
	var one *group
	for _, c := range cands {
		if !s.shareDocument(g, c) {
			continue
		}
		if one != nil {
			return nil
		}
		one = c
	}
	if one == nil {
		return nil
	}
	for _, r := range g.refs {
		if !s.inDoc(one, r.doc) {
			return nil
		}
	}
	return one
}
