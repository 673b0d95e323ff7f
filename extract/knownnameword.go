package extract

import "strings"

// knownNameWord reports whether the corpus knows the one word w as a first name
// or surname of a person or a character, or as the surname of a name it
// guessed a person's: "Lancashire" alone may be an actress.
func (s *docState) knownNameWord(w string) bool {
	if strings.Contains(w, " ") {
		return false
	}
	k := s.knownAs(w)
	return k.someonesShort() || k.guessed()
}
