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
