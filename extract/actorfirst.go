package extract

import (
	"strings"

	"github.com/kgbuild/kg/graph"
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
)

// actorFirstBefore matches the words before "A (B)" that name A as an
// actor, and so B as the role, the other way round from a recap's
// "Character (Actor)": "along with actors Ann Dale (Ivy Cole) and Tom
// Fell (Jack Vance)", "stars Ann Dale (Ivy Cole)". Press releases and
// casting news list a cast so; a pair after an earlier one in the same list
// keeps its order.
var actorFirstBefore = regexp.MustCompile(`(?i)\b(?:actors?|actress(?:es)?|stars|starring|co-?stars?|cast members?|castmates?|returning cast)\s+(?:(?:the\s+)?\p{Lu}[^()]{0,40}\([^()]{1,40}\)(?:,\s+|,?\s+and\s+))*$`)

// storyActor matches one actor described with an article before the name
// ("the son of the A-list actor Ray Hobb (Tom Fell)"): an actor of the
// story, a character whose actor the parentheses give, as a recap writes.
var storyActor = regexp.MustCompile(`(?i)\b(?:the|a|an)\s+(?:[\w-]+\s+){0,2}(?:actor|actress)\s+$`)

// typeActorFirst and typeRoleAfter type the two names of "actors A (B)":
// A the actor, B the role, with the same weight as the recap's order.
var (
	typeActorFirst = typing{"paren-actor-first", graph.Person, SigPattern, 0.7}
	typeRoleAfter  = typing{"paren-role-after", graph.Character, SigPattern, 0.6}
)

// actorFirstParen reads "actors A (B)" in sentence st, A at text[as:ae] and
// B at text[bs:be] (offsets in the sentence): A is the actor, B the role.
// It holds back where the corpus knows B as a person's or A as a
// character's, as spotCastParen does the other way round.
func (s *docState) actorFirstParen(st *sentence, as, ae, bs, be int) {
	text := st.Span.Text
	actor, role := text[as:ae], text[bs:be]
	if !strings.ContainsRune(actor, ' ') || !personShaped(actor) || s.lexKnownAs(actor, graph.Character) || s.lexOther(actor) {
		return
	}
	if s.lexKnownAs(role, graph.Person) || s.lexOther(role) {
		return
	}
	s.claimWords(st, st.Span.Start+as, st.Span.Start+ae, typeActorFirst)
	s.claimWords(st, st.Span.Start+bs, st.Span.Start+be, typeRoleAfter)
}
