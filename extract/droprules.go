package extract

import (
	"strings"

	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter

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

// episodeTitleBefore matches what introduces an episode's title before it:
// "an episode called", "the last episode, ".
var episodeTitleBefore = regexp.MustCompile(`(?i)(?:\bepisodes?\s+(?:called|titled|entitled|named)|\b(?:the|its|an?|this|that)\s+(?:[\w-]+\s+){0,2}?episode,)\s*(?:the\s+)?$`)

// episodeTitleAfter matches "episode" right after a title, and
// titleSinceThe the text of a title since its article before it: "in the
// Gifts of the Tide episode", "in the Led by Tide episode".
var (
	episodeTitleAfter = regexp.MustCompile(`^\s+episode\b`)
	titleSinceThe     = regexp.MustCompile(`\b[Tt]he\s+(?:(?:\p{Lu}[\p{L}'’-]*|of|by|the|a|an|in|on|and|to|for|with|from)\s+)*$`)
)

// episodeTitleRun reports whether a run is the title of an episode, which
// the graph does not hold: introduced as one ("an episode called X", "the
// last episode, X,") or before "episode" after an article ("the X
// episode"). An episode's title is no person's, company's or series' name,
// though its words look like one ("Led by Tide" is not a person "Tide").
func episodeTitleRun(r *run) bool {
	return episodeTitleBefore.MatchString(r.lead) || episodeTitleAfter.MatchString(r.after) && titleSinceThe.MatchString(r.lead)
}
