package resolve

import (
	"fmt"
	"strings"

	"github.com/kgbuild/kg/graph"
)

// subtitleAlone is the rule "subtitle-alone": the subtitle of a series of
// a franchise ("Harbor Watch: Night Shift"), when it is two words or more,
// names that series where it stands alone ("in Night Shift, she ..."),
// whatever extract took the words for: a place, a person only its shape
// typed, a series of its own. A subtitle of one word is too common a word
// to say so; a character or an organization of the name is a thing of the
// story (a unit, a ship) and keeps its own entity.
type subtitleAlone struct{}

func (subtitleAlone) name() string { return "subtitle-alone" }

func (r subtitleAlone) apply(s *state) {
	for _, g := range s.sortedGroups() {
		i := strings.Index(g.name, ": ")
		if g.typ != graph.Series || i < 0 {
			continue
		}
		sub := strings.TrimSpace(g.name[i+2:])
		if len(strings.Fields(sub)) < 2 {
			continue
		}
		for _, t := range []string{graph.Series, graph.Place, graph.Person} {
			o := s.lookup(t, sub)
			if o == nil || o.root() == g.root() || t == graph.Person && !s.allShape(o.root()) {
				continue
			}
			s.union(g, o, r.name(), fmt.Sprintf("subtitle: %q alone is the series %q", o.name, g.name))
		}
	}
}
