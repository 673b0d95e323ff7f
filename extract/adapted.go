package extract

import (
	"strings"

	"github.com/kgbuild/kg/graph"
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
)

// A show or a film is adapted from books, not from towns or people: the
// titles listed after "adapted from" are books. A list of two or more
// titles is asked for, since one name after the words may be the author's
// ("adapted from Ann Roe's novel") and is left to the other rules.

// adaptedFromBefore matches the words before "from" that make what follows
// the works a show or a film was made from: "adapted from Harbor, Grey Mile
// and Dockside". A place pair ("from Tromsø, Norway") is not read there.
var adaptedFromBefore = regexp.MustCompile(`\b(?i:adapted|adaptations?|taken|drawn|dramati[sz]ed)\s+from\s+$`)

// adaptedList matches such a list of titles after the words, with "the
// novels" or "the books" before it: the list's text is group 1.
var adaptedList = regexp.MustCompile(`\b(?i:adapted|adaptations?|taken|drawn|dramati[sz]ed)\s+from\s+(?:(?i:the)\s+(?i:novels|books|stories)\s+)?(` +
	titleListItem + `(?:(?:, | and |, and )` + titleListItem + `)+)`)

// adaptedListSep matches what separates the titles of such a list.
var adaptedListSep = regexp.MustCompile(`, and |, | and `)

// typeAdaptedTitle types a title listed after "adapted from".
var typeAdaptedTitle = typing{"adapted-title-list", graph.Book, SigPattern, 0.6}

// spotAdaptedList finds the titles listed after "adapted from" and types
// each a book, unless an item holds a possessive (an author's "Ann Roe's
// novels") or the corpus knows it as a person's or a character's name.
func (s *docState) spotAdaptedList(st *sentence) {
	text := st.Span.Text
	m := adaptedList.FindStringSubmatchIndex(text)
	if m == nil {
		return
	}
	list := text[m[2]:m[3]]
	if strings.ContainsAny(list, "'’") && possessiveIn.MatchString(list) {
		return
	}
	pos := 0
	for _, sep := range append(adaptedListSep.FindAllStringIndex(list, -1), []int{len(list), len(list)}) {
		start, end := st.Span.Start+m[2]+pos, st.Span.Start+m[2]+sep[0]
		pos = sep[1]
		switch s.knownAs(s.p.Doc.Text[start:end]).best() {
		case graph.Person, graph.Character:
			continue
		}
		s.claimWords(st, start, end, typeAdaptedTitle)
	}
}

// possessiveIn matches a possessive inside a list of titles.
var possessiveIn = regexp.MustCompile(`\p{L}['’]s\b`)
