package extract

import "github.com/kgbuild/kg/graph"

// headingOfCharacter reports whether a heading that is only a name names
// one the corpus knows best as a character's: a character page or a list
// of characters heads its sections so ("Ivy Cole" over "Ivy grew up in
// ..."), as a cast page heads its entries with actors. The rule
// name-heading reads the second; a name that cast lines or fields elsewhere
// give as a role is the first, and the heading must not teach the lexicon
// that it is a person's, which would make its surname a person's for every
// relative named with it.
func (s *docState) headingOfCharacter(name string) bool {
	return s.lexKnownAs(name, graph.Character)
}
