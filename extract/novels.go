package extract

import (
	"strings"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/names"

	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
)

// applyBooksBy reads "... novels ... by A" in a sentence that names books
// ('"Deep Water" and "Quiet Voices" are based on novels of the same
// names by Carla Venn'): A wrote each of them, and the series the sentence
// says is based on them is.
func (s *docState) applyBooksBy(m *patMatch) {
	au := m.marks(m.group("s"))
	if castBy.MatchString(m.src[m.loc[0]:m.loc[1]]) {
		return // "based on her books, she is portrayed by A": A is an actor
	}
	if len(au) == 0 || !s.fitsAs(au[0], graph.Person, m.p.name) {
		return
	}
	based := strings.Contains(strings.ToLower(m.ms.masked), "based on")
	for _, mi := range m.ms.kept {
		if s.x.Mentions[mi].Type != graph.Book || mi == au[0] {
			continue
		}
		s.claim(Claim{Subject: au[0], Predicate: "WROTE", Object: mi, Evidence: m.ms.sn.Span, Confidence: m.p.conf, Signal: SigPattern, Rule: m.p.name})
		if based {
			s.claim(Claim{Subject: s.series(), Predicate: "BASED_ON", Object: mi, Evidence: m.ms.sn.Span, Confidence: m.p.conf, Signal: SigPattern, Rule: m.p.name})
		}
	}
	if novelsWord.MatchString(m.src[m.loc[0]:m.loc[1]]) {
		s.novelsBy = append(s.novelsBy, au[0])
	}
}

// castBy matches the words of casting before "by": the name after them is
// an actor's, not an author's.
var castBy = regexp.MustCompile(`(?i)\b(?:portrayed|played|voiced)\s+by\b`)

// novelsWord matches the words of a match of books-by-author that speak of
// an author's books as a whole ("the book series X by A", "the novels by
// A"), not of one book: A is then the author of the books the page says
// the series adapts.
var novelsWord = regexp.MustCompile(`(?i)\b(?:novels|books|(?:book|novel)\s+series)\b`)

// novelsAuthor is the one author a page names for the books its series
// adapts (see novelsWord), or noMention when it names none or several.
func (s *docState) novelsAuthor() int {
	au := noMention
	for _, mi := range s.novelsBy {
		if au != noMention && names.Fold(names.LastWord(s.x.Mentions[au].Name)) != names.Fold(names.LastWord(s.x.Mentions[mi].Name)) {
			return noMention
		}
		au = mi
	}
	return au
}

// authorOfAdapted claims that the page's author of the adapted books
// (see novelsAuthor) wrote the book of c, a series' BASED_ON claim: "the
// book series Harbor by Carla Venn ... each series adapting a novel: Low
// Tide (2013), Salt Marsh (2014)".
func (s *docState) authorOfAdapted(c Claim) {
	au := s.novelsAuthor()
	if c.Predicate != "BASED_ON" || au == noMention || s.x.Mentions[c.Object].Type != graph.Book {
		return
	}
	s.claim(Claim{Subject: au, Predicate: "WROTE", Object: c.Object, Evidence: c.Evidence, Confidence: 0.6, Signal: SigPattern, Rule: "adapted-novels-author"})
}
