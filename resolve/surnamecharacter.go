package resolve

import (
	"strings"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/names"
)

// surnameCharacter is the rule "character-by-surname": a full name that
// only its shape or the lexicon made a person's is a character's when
// the corpus calls its surname alone a character by a claim or a pattern
// ("Fancy (James Doe)" on one page, "James Doe as Lt. Arthur Fancy" or
// "Arthur Fancy kills ..." on another), no character named in full has
// that word first or last, and no one a pattern, the structure or a claim
// makes a person's has it as surname: a review names the role by surname
// after its actor, a recap or a forum post by its full name. A name that
// a pattern, the structure or a claim anywhere makes a person's stays
// one; a lone given name is left to character-by-short-form, within its
// document, since so many people share one.
type surnameCharacter struct{}

func (surnameCharacter) name() string { return "character-by-surname" }

func (r surnameCharacter) apply(s *state) {
	lone := loneCharacters(s)
	if len(lone) == 0 {
		return
	}
	strong := s.strongPersons()
	taken := map[string]bool{} // words of full characters' names, and surnames of strong people
	for d, x := range s.xs {
		for i, m := range x.Mentions {
			k := names.Fold(m.Name)
			ws := strings.Fields(k)
			if len(ws) < 2 {
				continue
			}
			switch {
			case s.typ(mref{d, i}) == graph.Character:
				taken[ws[0]], taken[ws[len(ws)-1]] = true, true
			case strong[k]:
				taken[ws[len(ws)-1]] = true
			}
		}
	}
	for d, x := range s.xs {
		for i, m := range x.Mentions {
			ref := mref{d, i}
			if s.typ(ref) != graph.Person || m.Signal != extract.SigShape && m.Signal != extract.SigLexicon {
				continue
			}
			k := names.Fold(m.Name)
			if ws := strings.Fields(k); len(ws) > 1 && lone[ws[len(ws)-1]] && !taken[ws[len(ws)-1]] && !strong[k] {
				s.retype(ref, graph.Character, r.name())
			}
		}
	}
}

// loneCharacters are the folded one-word names that an actor plays
// ("Fancy (James Doe)"), or that the structure typed a character's (a
// cast list), anywhere in the corpus. A claim of kin or romance is not
// enough: real people marry too ("she married Doe in 1998").
func loneCharacters(s *state) map[string]bool {
	out := map[string]bool{}
	add := func(m *extract.Mention) {
		if k := names.Fold(m.Name); k != "" && !strings.Contains(k, " ") {
			out[k] = true
		}
	}
	for d, x := range s.xs {
		for i := range x.Mentions {
			m := &x.Mentions[i]
			if s.typ(mref{d, i}) == graph.Character && m.Type == graph.Character && m.Signal == extract.SigStructure {
				add(m)
			}
		}
		for _, c := range x.Claims {
			if c.Predicate == predPlays && c.Object >= 0 {
				add(&x.Mentions[c.Object])
			}
		}
	}
	return out
}
