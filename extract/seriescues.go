package extract

import (
	"strings"

	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
)

// sequelCue matches the words before a title that make it the show
// another show continues, precedes or remakes, or the soap an actor comes
// from: "the prequel to Harbor Nights", "a sequel to", "a reboot of",
// "the British soap Harbor Nights". News and reviews name a show's
// forerunner so, and no person.
var sequelCue = regexp.MustCompile(`(?i)\b(?:(?:prequel|sequel|follow-up|successor)\s+to|(?:reboot|remake|revival)\s+of|soap)\s*["“‘]?$`)

// sequelTitle reports whether the run is a title after a sequel's cue
// (see sequelCue), with no possessive after it: "the sequel to Tom Fell's
// novel" names the novel's author.
func sequelTitle(r *run) bool {
	return sequelCue.MatchString(r.before) && !strings.HasPrefix(r.after, "'s") && !strings.HasPrefix(r.after, "’s")
}

// creditPairBefore matches a credit's "by" (or "from") before a name, alone
// or with a first maker and "and": the run is a maker ("created by Tom Vale
// and Ana Reyes stars Jane Roe", "written by Ana Reyes stars ..."), and a
// "stars" after it is the sentence's verb, whose subject is the drama named
// before the credit, not the word that makes a title of a star's show
// ("Harbor star Jane Roe").
var creditPairBefore = regexp.MustCompile(`\b(?:[Bb]y|from)\s+(?:(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:and|&)\s+)?$`)
