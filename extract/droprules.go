package extract

import (
	"strings"

	"github.com/kgbuild/kg/names"
)

// dropRules drop a run no shape rule typed, before the weak rules guess.
var dropRules = []struct {
	name  string
	match func(r *run) bool
}{
	{"heading-run", func(r *run) bool { return r.headingOnly }},
	{"occupation-run", func(r *run) bool { return r.n > 1 && names.Occupations[r.last] }}, // "her Stepford Wife existence"
	{"quoted-title", func(r *run) bool { return r.quoted }},                               // an episode, a song
	{"in-quoted-title", func(r *run) bool { return inQuotedTitle(r.before, r.after) }},    // "Play Through" in "Play Through the Pain"
	// A lone word that opens a sentence is a capitalised common word, unless
	// it is a well-known place's or an actor's name in parentheses follows it,
	// as a character's does: "Corran (Mira Tolliver), cast out of the unit".
	{"lone-word-at-start", func(r *run) bool {
		return r.n == 1 && (r.sentStart && wordOpens(r) && !parenNameAfter.MatchString(r.after) && !r.knownPlace || strings.HasPrefix(r.after, "-"))
	}},
	{"event-run", func(r *run) bool { return r.n > 1 && eventEnd(r) }},      // "set during World War I"
	{"award-run", func(r *run) bool { return awardRun(r.before, r.after) }}, // "won a Harbor Globe for", "Harbor Globe® Award nominee"
	{"award-category", awardCategory},                                       // "won for Outstanding Miniseries"
	{"article-title", articleTitle},                                         // “The Wrath of the Tide is Near”
	{"period-run", periodRun},                                               // "during the Reign of Storms"
	{"season-date", seasonDate},                                             // "in Autumn 2011"
	{"prefixed-word", prefixedWord},                                         // "Anti-NMDA encephalitis"
}
