package extract

import (
	"strings"

	"github.com/kgbuild/kg/graph"
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"github.com/kgbuild/kg/names"
)

// typeCriminalGroup types a criminal organization named by a family or a
// leader and the words for its kind: "the Vargas cartel", "the Kovac crime
// family", "the Kovac mafia gang".
var typeCriminalGroup = typing{"criminal-group", graph.Organization, SigPattern, 0.6}

// criminalGroup matches one or two capitalised words and the lower-case
// words that name a criminal organization after them. A family alone is
// no organization ("the Fell family" is kin): a crime family is.
var criminalGroup = regexp.MustCompile(`\b(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)\s(?:(?:drug|crime|criminal|mafia|street|biker)\s)?(?:cartel|crime family|crime syndicate|syndicate|mafia|mafia gang|gang|triad)\b`)

// spotCriminalGroups finds criminal organizations (see criminalGroup),
// unless the name is a generic word's, a people's or a place's ("the
// Mexican cartel", "a Boston gang": no organization's name), a word of it
// is taken, or the corpus knows the name as something else.
func (s *docState) spotCriminalGroups(st *sentence) {
	text := st.Span.Text
	for _, m := range criminalGroup.FindAllStringSubmatchIndex(text, -1) {
		first := strings.ToLower(strings.Fields(text[m[2]:m[3]])[0])
		if names.NotNames[first] || names.KnownPlace(text[m[2]:m[3]]) || s.knownAs(text[m[2]:m[3]]).is(graph.Place) {
			continue
		}
		if b := s.knownAs(text[m[0]:m[1]]).best(); b != "" && b != graph.Organization {
			continue
		}
		s.claimWords(st, st.Span.Start+m[0], st.Span.Start+m[1], typeCriminalGroup)
	}
}
