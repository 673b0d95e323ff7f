package resolve

import (
	"fmt"
	"strings"

	"github.com/kgbuild/kg/graph"
)

// reversedName is the rule "reversed-name": a person's name of two words
// and the same two words the other way round, named in one document, are
// one person written given name first and family name first ("Aiko
// Tanabe" and "Tanabe Aiko", as pages write names of East Asia). The
// document in common is the blocking and the guard: two people whose
// names mirror each other are rarely named on one page.
type reversedName struct{}

func (reversedName) name() string { return "reversed-name" }

func (r reversedName) apply(s *state) {
	byKey := map[string]*group{}
	for _, g := range s.sortedGroups() {
		if g.typ == graph.Person {
			byKey[g.key] = g
		}
	}
	for _, g := range s.sortedGroups() {
		ws := strings.Fields(g.key)
		if g.typ != graph.Person || len(ws) != 2 || ws[0] == ws[1] {
			continue
		}
		o := byKey[ws[1]+" "+ws[0]]
		if o == nil || o.root() == g.root() || !s.shareDocument(g, o) {
			continue
		}
		s.union(o, g, r.name(), fmt.Sprintf("reversed name: %q and %q are one name in the two orders", o.name, g.name))
	}
}
