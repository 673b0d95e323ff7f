package extract

import (
	"strings"

	"github.com/kgbuild/kg/names"
)

// commonSurname reports whether the run of words i..j is a first name and
// a surname that is also a common word of the language ("Oh", "Young",
// "Long"), so that trimRun keeps the last word: the first word is a known
// given name, the second closes the name where prose goes on at once (a
// closing bracket, a comma, a full stop or a possessive), and the sentence
// is prose, not a heading or a title-cased line. A capitalised common word
// in the middle of a prose sentence is capitalised for a reason; straight
// after a first name and before punctuation, the reason is that it is the
// person's surname ("the detective (Jane Oh), who..."). A common word that
// opens a clause ("Jane. Also, ...") is cut off by the sentence or by the
// missing punctuation, and a title word is left to the title rules.
func (s *docState) commonSurname(st *sentence, i, j int) bool {
	if j != i+1 || st.headingOnly || titleCased(st.ws) {
		return false
	}
	first, last := st.ws[i], st.ws[j]
	l := strings.ToLower(last.Text)
	if !names.GivenName(first.Text) || !names.CommonWords[l] || l == "the" || names.IsTitle(last.Text) || names.Acronym(last.Text) || !names.Capitalised(last.Text) {
		return false
	}
	text := s.p.Doc.Text
	if text[first.End:last.Start] != " " {
		return false
	}
	after := text[last.End:min(len(text), last.End+2)]
	return last.Poss || strings.HasPrefix(after, ")") || strings.HasPrefix(after, ",") || strings.HasPrefix(after, ".")
}

// lastKept reports whether trimRun keeps the last word j of the run of
// words i..j though it is a common word: a common word inside a sentence
// in lower case (see commonInName), or a common-word surname after a
// first name (see commonSurname).
func (s *docState) lastKept(st *sentence, i, j int) bool {
	return s.commonInName(st, j, i, j) || s.commonSurname(st, i, j)
}
