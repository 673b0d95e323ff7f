package extract

import (
	"strings"

	"github.com/kgbuild/kg/names"
)

// commonOwner reports whether the words before "novels" or "books" are
// all generic words or words the corpus writes in lower case: "The
// novels were adapted", "Later novels add", a sentence's opening word
// capitalised before a plain noun, which names no series.
func (s *docState) commonOwner(owner string) bool {
	ws := strings.Fields(owner)
	for _, w := range ws {
		if !s.commonWord(w) {
			return false
		}
	}
	return len(ws) > 0
}

// commonWord reports whether the corpus reads w as a common word: a
// generic word, or one it writes in lower case elsewhere.
func (s *docState) commonWord(w string) bool {
	l := strings.ToLower(w)
	return names.NotNames[l] || s.isLower(l)
}
