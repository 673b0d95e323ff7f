package extract

import (
	"github.com/kgbuild/kg/graph"
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
)

// ruleCharacterIs is the rule that makes a guessed person a character
// as the complement of a known character's copula ("Cooper is no longer
// insurance salesman Ann Roe"; see characterIsName).
const ruleCharacterIs = "character-is-name"

// copulaBefore matches a name of one to three capitalised words, a copula and up to five words
// in lower case before a name: "Cooper is no longer mild-mannered,
// semi-comatose insurance salesman", "Vance was once". Group 1 is the
// subject.
var copulaBefore = regexp.MustCompile(`(?:^|[^\p{L}])(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+(?:is|was|becomes|became)\s+(?:(?:no longer|now|still|actually|really|secretly|once|also)\s+)?(?:[\p{Ll}-]+,?\s+){0,5}$`)

// characterIsName reports whether the text before a name makes it the
// complement of a copula whose subject the corpus knows best as a
// character's ("Cooper is no longer insurance salesman Ann Roe"): what a
// character is within the story, another of the story's names, is a
// character too. An actor is said to be a role only the other way round
// ("Ann Roe is Nora Vance"), with the actor as the subject.
func (s *docState) characterIsName(lead string) bool {
	m := copulaBefore.FindStringSubmatch(lead)
	return m != nil && s.knownAs(m[1]).best() == graph.Character
}
