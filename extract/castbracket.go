package extract

import (
	"strings"

	"github.com/kgbuild/kg/graph"
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"github.com/kgbuild/kg/layout"
)

// Cast notation in square brackets: an interview's editor adds who a
// name is, "But Vance [the team's boss, played by Tom Fell] is retiring".
// The name before the brackets is a character even when it is one word
// the corpus also writes in lower case ("Lark"), and the name after
// "played by" its actor.

// castBracket matches a name of one to three capitalised words, then in
// square brackets a note ending "played by" (or "portrayed by") and a name
// of two or three capitalised words.
var castBracket = regexp.MustCompile(`(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s+\[[^\[\]]{0,80}?\b(?:played|portrayed)\s+by\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,2})\s*\]`)

// spotCastBracket reads "Character [..., played by Actor]" in running
// text (see castBracket).
func (s *docState) spotCastBracket(st *sentence) {
	text := st.Span.Text
	if st.blk.Kind != layout.BlockProse || !strings.Contains(text, "[") {
		return
	}
	for _, m := range castBracket.FindAllStringSubmatchIndex(text, -1) {
		cs, ce := trimGenericFront(text, m[2], m[3])
		if cs >= ce || !personShaped(text[m[4]:m[5]]) {
			continue
		}
		s.claimWords(st, st.Span.Start+m[4], st.Span.Start+m[5], typeParenActor)
		s.claimWords(st, st.Span.Start+cs, st.Span.Start+ce, typeParenCharacter)
	}
}

// typeJoinedRole types the role after "joined the cast ... as": casting
// news names the character so ("A joined the cast in the second season as
// Coral, a singer").
var typeJoinedRole = typing{"joined-cast-role", graph.Character, SigPattern, 0.6}

// joinedCastAs matches "joined the cast", up to forty characters of when
// or where, "as" and a name of one to three capitalised words.
var joinedCastAs = regexp.MustCompile(`\b(?:joined|joins|joining|rejoined|rejoins)\s+the\s+(?:main\s+|regular\s+)?cast\b[^.;:!?«»\[\]()]{0,40}?\s+as\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})`)

// spotJoinedRole reads the role of "joined the cast ... as X" (see
// joinedCastAs) in running text.
func (s *docState) spotJoinedRole(st *sentence) {
	text := st.Span.Text
	if st.blk.Kind != layout.BlockProse || !strings.Contains(text, " cast") {
		return
	}
	for _, m := range joinedCastAs.FindAllStringSubmatchIndex(text, -1) {
		if !personShaped(text[m[2]:m[3]]) {
			continue // "as Detective ...": a title, left to the other rules
		}
		s.claimWords(st, st.Span.Start+m[2], st.Span.Start+m[3], typeJoinedRole)
	}
}
