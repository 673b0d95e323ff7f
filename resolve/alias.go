package resolve

import "fmt"

// explicitAlias is the rule "explicit-alias": a name the text itself gives
// as another's alias ("also known as", an acronym in parentheses) joins
// it, when both name entities of the alias's type.
type explicitAlias struct{}

func (explicitAlias) name() string { return "explicit-alias" }

func (e explicitAlias) apply(s *state) {
	for d, x := range s.xs {
		for i, m := range x.Mentions {
			t := s.typ(mref{d, i})
			if m.Alias == "" || t == "" {
				continue
			}
			a, b := s.lookup(t, m.Name), s.lookup(t, m.Alias)
			if a != nil && b != nil {
				s.union(b, a, e.name(), fmt.Sprintf("alias: %s says %q is also %q", x.Doc.ID, m.Alias, m.Name))
			}
		}
	}
}
