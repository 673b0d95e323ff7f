package extract

import (
	"strings"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/names"
)

// stageName reports whether the note b in parentheses after the person a
// is another name of a, not the title of a's other work: a name the
// corpus knows as a person's ("Ann Roe (Annie Tempest)", once written
// "aka Annie Tempest"), or a given name that shortens a's own, its first
// two letters the same ("David Lind (Dave)").
func (s *docState) stageName(a, b int) bool {
	ma, mb := s.x.Mentions[a], s.x.Mentions[b]
	if !strings.Contains(ma.Name, " ") {
		return false
	}
	if s.lexKnownAs(mb.Name, graph.Person) {
		return true
	}
	given := strings.Fields(ma.Name)[0]
	return !strings.Contains(mb.Name, " ") && names.GivenName(mb.Name) && len(mb.Name) < len(given) &&
		strings.HasPrefix(strings.ToLower(given), strings.ToLower(mb.Name[:2]))
}

// knownAsParen makes b, a person's other name in parentheses after a, a
// person's name that is a's alias.
func (s *docState) knownAsParen(a, b int) {
	mb := &s.x.Mentions[b]
	if mb.Type == "" || mb.Signal == SigShort || mb.Signal == SigShape || mb.Signal == SigLexicon && mb.Type == graph.Person {
		mb.Type, mb.Signal, mb.Confidence, mb.Alias, mb.Rule = graph.Person, SigPattern, 0.6, s.x.Mentions[a].Name, "paren-stage-name"
	}
}
