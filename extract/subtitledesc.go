package extract

import "github.com/kgbuild/kg/names"

// subtitleWords is the most words a series' subtitle holds ("The Next
// Generation", "Special Victims Unit"): a longer run after a title and a
// colon is a headline's description of the show.
const subtitleWords = 5

// descriptiveSubtitle reports whether the capitalised words ws after a
// series' title and a colon describe the show, as a headline does ("The
// Spy Thriller You Need To Watch This Saturday"), rather than name one of
// its parts: too many words for a subtitle, or a pronoun or a verb's
// small word capitalised among them (see titleFunctionWords), as title
// case sets a sentence and no subtitle holds.
func descriptiveSubtitle(ws []word) bool {
	if len(ws) > subtitleWords {
		return true
	}
	for _, w := range ws {
		if names.InLower(titleFunctionWords, w.Text) {
			return true
		}
	}
	return false
}
