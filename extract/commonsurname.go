package extract

import (
	"strings"
	"unicode"

	"github.com/kgbuild/kg/names"
)

// lastWordInName reports whether the common word j that ends the run
// i..j is part of the name: a common word in a sentence written in lower
// case ("with Walter Black", see commonInName) or a surname after a given
// name (see surnameAfterGiven).
func (s *docState) lastWordInName(st *sentence, i, j int) bool {
	return s.commonInName(st, j, i, j) || s.surnameAfterGiven(st, i, j)
}

// surnameAfterGiven reports whether word j, a common word of the
// language (not a page's word: "Edgar Award" is a prize), is the surname of a two-word name whose first word i is a
// well-known given name ("Ann Oh", "Tom Best"): in prose a given name and
// the capitalised word right after it make one name, whatever the word
// means alone. In a heading or a headline set in title case every word is
// capitalised ("Why Ann Is Back"), and an article or a joining word
// after a name starts a title or a list, not a surname; there the word
// stays out.
func (s *docState) surnameAfterGiven(st *sentence, i, j int) bool {
	if j != i+1 || st.headingOnly || titleCased(st.ws) || !names.GivenName(st.ws[i].Text) {
		return false
	}
	w := st.ws[j].Text
	l := strings.ToLower(w)
	if !names.CommonWords[l] || surnameStoppers[l] || names.Acronym(w) || !unicode.IsUpper(names.FirstRune(w)) {
		return false
	}
	return s.p.Doc.Text[st.ws[i].End:st.ws[j].Start] == " "
}

// surnameStoppers are common words that follow a name without being its
// surname: articles, joining words and the verbs and pronouns a name
// stands before.
var surnameStoppers = map[string]bool{"the": true, "a": true, "an": true, "and": true, "or": true, "but": true, "of": true,
	"is": true, "was": true, "are": true, "were": true, "has": true, "had": true, "will": true, "would": true, "can": true,
	"could": true, "should": true, "do": true, "does": true, "did": true, "be": true, "been": true, "being": true,
	"he": true, "she": true, "it": true, "they": true, "we": true, "you": true, "i": true, "his": true, "her": true,
	"their": true, "this": true, "that": true, "these": true, "those": true, "to": true, "in": true, "on": true, "at": true,
	"by": true, "for": true, "with": true, "from": true, "as": true, "so": true, "if": true, "when": true, "then": true,
	"also": true, "still": true, "now": true, "just": true, "not": true, "no": true, "yes": true}
