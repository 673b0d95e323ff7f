package extract

import (
	"github.com/kgbuild/kg/graph"
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
)

// typePersonFullName types a full name whose first name the corpus knows
// alone as a character's (see typeCharacterFullName) when the words
// around it say it is a real person's: "Harbor Weekly's Jason Roe reviews", "an
// interview with Nora Roe", "by Nora Vance". Strangers share first names
// with characters; a cue of the real world outweighs the shared name.
var typePersonFullName = typing{"person-given-name-cue", graph.Person, SigLexicon, 0.6}

// fullNameTyping types the full name made of the lone character's name at
// word i and the untyped surname after it (see surnameAfter): a
// character's, unless a person's cue stands around it.
func (s *docState) fullNameTyping(st *sentence, i int) typing {
	text, ws := s.p.Doc.Text, st.ws
	before, after := text[st.Span.Start:ws[i].Start], text[ws[i+1].End:st.Span.End]
	if personCue.MatchString(before) || realPersonBefore.MatchString(before) || personAfter.MatchString(after) || reviewsAfter.MatchString(after) || realWorldAfter(after) {
		return typePersonFullName
	}
	return typeCharacterFullName
}

// realPersonBefore matches the words before the name of a real person:
// an interviewer's or a guest's ("an interview with", "told"), or a
// possessive of a capitalised name ("Harbor Weekly's", "Netflix's"), which news
// writes before its own writers and a company's people.
var realPersonBefore = regexp.MustCompile(`(?:(?i:\binterview(?:ed)?\s+(?:with|by))|\b\p{Lu}[\p{L}\d+&.-]*['’]s?)\s*$`)

// reviewsAfter matches the verb of a critic after a name: "Jane Roe
// reviews Season 4".
var reviewsAfter = regexp.MustCompile(`^\s+(?:reviews|reviewed|recaps|recapped)\b`)
