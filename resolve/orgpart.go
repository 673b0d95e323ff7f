package resolve

import (
	"fmt"
	"strings"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/names"
)

// shapeNameInOrg is the rule "shape-name-in-org": a name only its shape
// called a person or a character that starts or ends exactly one
// organization's name is that organization ("Skerry Lane" of "Skerry Lane
// Productions"; "Tidewater" of "Tidewater Unit", a unit a recap names by
// its first word, which recurs as a character's name would). Its
// mentions take the organization's type. A full name that opens with a
// known given name ("Ann B. Roe" of "Ann B. Roe Productions") is the
// person the company is named after, another entity.
type shapeNameInOrg struct{}

func (shapeNameInOrg) name() string { return "shape-name-in-org" }

func (r shapeNameInOrg) apply(s *state) {
	for _, a := range s.sortedGroups() {
		if a.typ != graph.Person && a.typ != graph.Character || !s.allShape(a) || givenFirstName(a.name) {
			continue
		}
		if fit := s.orgsWithAffix(a); len(fit) == 1 {
			a.short = true
			s.union(fit[0], a, r.name(), shortFormText(a, fit[0]))
		}
	}
}

// shortFormText explains joining the short form a to the one longer
// organization name b that contains it.
func shortFormText(a, b *group) string {
	return fmt.Sprintf("short form: %q is part of %q, the only organization name that contains it", a.key, b.key)
}

// givenFirstName reports whether name has two words or more and opens with
// a known given name: a person's full name.
func givenFirstName(name string) bool {
	ws := strings.Fields(name)
	return len(ws) >= 2 && names.GivenName(ws[0])
}
