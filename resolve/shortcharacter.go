package resolve

import (
	"strings"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/names"
)

// shortCharacter is the rule "character-by-short-form": a full name that
// only its shape (or the lexicon that learnt it so) made a person's is a
// character's when its document calls the one of its first name or
// surname alone a character by a pattern or the structure ("the
// housewife Nora Vance ... Nora's husband, Carl"), and no other
// character of the document has that word first or last. A name that a
// pattern, the structure or a claim anywhere makes a person's stays one.
type shortCharacter struct{}

func (shortCharacter) name() string { return "character-by-short-form" }

func (r shortCharacter) apply(s *state) {
	strong := s.strongPersons()
	seen := map[string]bool{}
	for d, x := range s.xs {
		lone := map[string]bool{} // words a pattern or the structure made characters
		taken := map[string]int{} // words of full characters' names, first or last
		for i, m := range x.Mentions {
			if s.typ(mref{d, i}) != graph.Character {
				continue
			}
			ws := strings.Fields(names.Fold(m.Name))
			switch {
			case len(ws) == 1 && m.Type == graph.Character && m.Signal != extract.SigLexicon && m.Signal != extract.SigShape:
				lone[ws[0]] = true
			case len(ws) > 1:
				taken[ws[0]]++
				taken[ws[len(ws)-1]]++
			}
		}
		if len(lone) == 0 {
			continue
		}
		for i, m := range x.Mentions {
			k := names.Fold(m.Name)
			ws := strings.Fields(k)
			if s.typ(mref{d, i}) != graph.Person || len(ws) < 2 || strong[k] || seen[k] {
				continue
			}
			if first, last := ws[0], ws[len(ws)-1]; lone[first] && taken[first] == 0 || lone[last] && taken[last] == 0 {
				seen[k] = true
			}
		}
	}
	for d, x := range s.xs {
		for i, m := range x.Mentions {
			if seen[names.Fold(m.Name)] && s.typ(mref{d, i}) == graph.Person {
				s.retype(mref{d, i}, graph.Character, r.name())
			}
		}
	}
}

// strongPersons are the folded names that a mention typed a person's by a
// pattern or the structure, or that a claim needs to be a person's: they
// are people, whatever their company.
func (s *state) strongPersons() map[string]bool {
	out := map[string]bool{}
	for d, x := range s.xs {
		for i, m := range x.Mentions {
			if s.typ(mref{d, i}) == graph.Person && m.Signal != extract.SigShape && m.Signal != extract.SigLexicon {
				out[names.Fold(m.Name)] = true
			}
		}
		for _, c := range x.Claims {
			st, ot := extract.WantTypes(c.Predicate)
			if c.Subject >= 0 && st == graph.Person {
				out[names.Fold(x.Mentions[c.Subject].Name)] = true
			}
			if c.Object >= 0 && ot == graph.Person {
				out[names.Fold(x.Mentions[c.Object].Name)] = true
			}
		}
	}
	return out
}
