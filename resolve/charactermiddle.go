package resolve

import (
	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

// middleCharacter is the rule "character-by-middle-name": a name with
// middle names that only its shape or the lexicon made a person's
// ("Della Charlotte Marsh" in the opening line of a character page) is a
// character's when the corpus names a character, by more than its shape,
// with the same given name and surname and some of the middle names left
// out ("Della Marsh" in a cast list), and nothing makes a person of that
// given name and surname. A page about a character opens with the full
// name the story gives, middle names and all, where the tagger sees only
// a person's shape; a real person and a character seldom share a given
// name and surname, and where a pattern, the structure or a claim makes
// one a person's, the name is left as it is. Once typed, the middle-name
// rule joins the two forms.
type middleCharacter struct{}

func (middleCharacter) name() string { return "character-by-middle-name" }

func (r middleCharacter) apply(s *state) {
	chars := map[string][][]string{} // given|surname|suffix -> middles of characters' names
	people := map[string]bool{}      // the same keys of names made people's for sure
	for k := range s.strongPersons() {
		if p, ok := splitName(k); ok {
			people[p.frame()] = true
		}
	}
	for d, x := range s.xs {
		for i, m := range x.Mentions {
			if s.typ(mref{d, i}) != graph.Character || m.Signal == extract.SigShape {
				continue
			}
			if p, ok := splitName(m.Name); ok {
				chars[p.frame()] = append(chars[p.frame()], p.middles)
			}
		}
	}
	for d, x := range s.xs {
		for i, m := range x.Mentions {
			ref := mref{d, i}
			if s.typ(ref) != graph.Person || m.Signal != extract.SigShape && m.Signal != extract.SigLexicon || s.need[ref] == graph.Person {
				continue
			}
			p, ok := splitName(m.Name)
			if !ok || len(p.middles) == 0 || people[p.frame()] || !shorterMiddles(chars[p.frame()], p.middles) {
				continue
			}
			s.retype(ref, graph.Character, r.name())
		}
	}
}

// shorterMiddles reports whether one of the middle-name lists of some
// characters' names is middles with some left out (maybe all).
func shorterMiddles(lists [][]string, middles []string) bool {
	for _, ms := range lists {
		if len(ms) < len(middles) && middlesFit(ms, middles) {
			return true
		}
	}
	return false
}
