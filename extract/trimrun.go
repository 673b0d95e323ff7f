package extract

import (
	"strings"

	"github.com/kgbuild/kg/names"
)

// madeOfName reports whether the trimmed run of words i..j (of the run
// that ended at j0) is no name but a word made of one: a post, a title
// word alone, an adjective ("Cops & Robbers-ish", "Golden Globe-winning"),
// a description ("SL-favourite", "Harbor-meets-Ledger") or a run that
// names nothing ("Detective Chief Inspectors", "Academy Television
// Awards", "Russian-born").
func madeOfName(ws []word, i, j, j0 int) bool {
	last := ws[j].Text
	return postWords(ws, i, j, j0) || names.IsTitle(last) || adjSuffix.MatchString(last) || modifier.MatchString(last) ||
		comparisonWord(last) || compoundWord(last) && !compoundSuffix.MatchString(last) && !creditSuffix.MatchString(last) ||
		namelessRun(ws, i, j, j0)
}

// trimRun drops the generic words ("The", "Enter", "Season") off both ends
// of the run of words i..j and returns what is left; i > j when nothing is.
// A generic word in capitals that ends a longer name stays ("Lumen TV"),
// and so does a generic word that opens a name the corpus knows, followed
// by the last word of a place's or an organization's name ("New York"
// in "New York City").
func (s *docState) trimRun(st *sentence, i, j int) (int, int) {
	text, ws, sp := s.p.Doc.Text, st.ws, st.Span
	// A title word stays when a name follows it ("Detective Renée Ballard").
	last := strings.ToLower(ws[j].Text)
	known := j-i >= 2 && (names.PlaceSuffixes[last] || names.OrgSuffixes[last]) && s.knownAs(text[ws[i].Start:ws[j-1].End]).ok()
	for i <= j && names.InLower(names.NotNames, ws[i].Text) && !(names.IsTitle(ws[i].Text) && i < j) && !known &&
		!s.commonInName(st, i, i, j) && !knownPlaceAt(text, ws, i, j) && !ampersandAfter(text, ws, i, j) {
		i++
	}
	i = afterModifier(ws, i, j)
	if i > 0 && strings.EqualFold(ws[i-1].Text, "the") && yearAfter.MatchString(text[ws[j].End:sp.End]) && gapOK(text, ws[i-1], ws[i], false) {
		i-- // "The Grey Hours (2021)": the article belongs to the title
	}
	// A word after a possessive stays: the run holds the possessive only
	// where the two make one name (see gapOK).
	for j >= i && names.InLower(names.NotNames, ws[j].Text) && !(j > i && (names.InLower(names.OrgSuffixes, ws[j].Text) || names.Acronym(ws[j].Text) || ws[j-1].Poss)) &&
		!(j > i && yearAfter.MatchString(text[ws[j].End:sp.End])) && !s.lastWordInName(st, i, j) {
		j--
	}
	return i, smallWordsOff(ws, i, j)
}

// smallWordsOff returns where the run of words i..j ends once the small
// words at its end are taken off ("LUMEN MEDIA FOR": a caption in
// capitals, whose small words are capitalised too).
func smallWordsOff(ws []word, i, j int) int {
	for j > i && runEndWords[strings.ToLower(ws[j].Text)] {
		j--
	}
	return j
}

// runEndWords are the small words that join a title's or a company's words
// and never end a name.
var runEndWords = map[string]bool{"for": true, "and": true, "of": true, "the": true, "in": true, "on": true, "at": true, "to": true,
	"with": true, "by": true, "from": true, "as": true, "or": true, "a": true, "an": true}
