package extract

import (
	"strings"

	"github.com/kgbuild/kg/names"
)

// headlineGuess reports whether a run stands in a heading or a sentence
// set in title case and opens with no given name, neither one of the
// census's nor one the corpus knows as someone's first word: a headline's
// or a slogan's words ("Officially Renewed", "A Review In Five Parts"),
// which title case capitalises without naming anyone. There capital
// letters are no evidence of a name, so a run that only its capitals
// would make a person's is dropped; a person a headline names opens with
// a given name ("Jo Ward Joins ..."), and one who does not is named again
// in the prose below, where the corpus learns the name.
func (s *docState) headlineGuess(st *sentence, r *run) bool {
	if !st.titleSet(wordsBeforeAddress(st)) {
		return false
	}
	return !names.GivenName(r.first) && !initialsName(r.words) && !s.knownNameWord(r.first)
}

// wordsBeforeAddress returns the sentence's words before the first web
// address in it: a page's title line often ends with the page's address
// ("Harbor Renewed for Season 2 | Site — https://..."), whose words in
// small letters say nothing of how the title is set.
func wordsBeforeAddress(st *sentence) []word {
	k := strings.Index(st.Span.Text, "://")
	if k < 0 {
		return st.ws
	}
	end := st.Span.Start + strings.LastIndexAny(st.Span.Text[:k], " \t") + 1 // the scheme ("https") is the address's
	n := 0
	for n < len(st.ws) && st.ws[n].End <= end {
		n++
	}
	return st.ws[:n]
}
