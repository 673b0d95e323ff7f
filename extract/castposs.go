package extract

import (
	"strings"

	"github.com/kgbuild/kg/graph"
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"github.com/kgbuild/kg/names"
)

// Reviews name a role by its actor's surname and a possessive: "Rellow's
// Martin Crale left in the third season". The pattern
// actor-possessive-character reads it where both names are typed; these
// rules read the role whose name the corpus only guessed a person's by its
// shape, and hold back where the words between name the actor's kin or
// colleague ("Rellow's wife Jane Kettering").

// possessiveKin matches the words between "A's" and a name that make the
// name one of A's own people, not A's role.
var possessiveKin = regexp.MustCompile(`(?i)\b(?:` + kin + `|co-?stars?|castmates?|colleagues?|friends?|agents?|managers?|publicists?)\b`)

// possessiveOwn reports whether the words w between "A's" and a name of
// a PLAYS match name one of A's own people: "Rellow's wife Jane".
func possessiveOwn(m *patMatch, w string) bool {
	return m.p.pred == "PLAYS" && possessiveKin.MatchString(w)
}

// possessiveRole reports whether the match "A's B", with nothing between,
// names B as the role of the actor A: A a person by a surer rule than the
// shape of the name, B a full name the corpus typed nowhere but guessed a
// person's by its shape. It types B a character.
func (s *docState) possessiveRole(m *patMatch, w string, ss, os []int) bool {
	if m.p.name != "actor-possessive-character" || w != "" || len(ss) == 0 || len(os) == 0 {
		return false
	}
	ma, mo := s.x.Mentions[ss[0]], &s.x.Mentions[os[0]]
	if (ma.Signal == SigShape && !guessedFullNames(ma, *mo)) || !s.typed(ss[0], graph.Person) || mo.Type != graph.Person || mo.Signal != SigShape ||
		!strings.Contains(mo.Name, " ") || s.knownAs(mo.Name).typed() || names.Acronym(names.LastWord(mo.Name)) {
		return false
	}
	mo.Type, mo.Signal, mo.Confidence, mo.Rule = graph.Character, SigPattern, 0.5, m.p.name
	return true
}
