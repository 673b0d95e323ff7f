package resolve

import (
	"fmt"
	"strings"

	"github.com/kgbuild/kg/graph"
)

// orgPlural is the rule "org-plural": two organizations' names of two
// words or more that differ only by a plural s on the last word ("Lumen
// Network" and "Lumen Networks", "Quill Production" and "Quill
// Productions") are one company, as pages write its name either way. The
// name without the s is the blocking.
type orgPlural struct{}

func (orgPlural) name() string { return "org-plural" }

func (r orgPlural) apply(s *state) {
	byKey := map[string]*group{}
	for _, g := range s.sortedGroups() {
		if g.typ == graph.Organization {
			byKey[g.key] = g
		}
	}
	for _, g := range s.sortedGroups() {
		ws := strings.Fields(g.key)
		n := len(ws)
		if g.typ != graph.Organization || n < 2 || len(ws[n-1]) < 4 || !strings.HasSuffix(ws[n-1], "s") || strings.HasSuffix(ws[n-1], "ss") {
			continue
		}
		o := byKey[strings.Join(append(ws[:n-1:n-1], strings.TrimSuffix(ws[n-1], "s")), " ")]
		if o == nil || o.root() == g.root() {
			continue
		}
		s.union(o, g, r.name(), fmt.Sprintf("plural: %q and %q differ by a plural s", o.name, g.name))
	}
}
