package extract

import (
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
)

// periodLead matches the words before a run after an article that say it
// is a time: "during the", "throughout the French Revolution and the". A
// company is worked for, not lived through, so a run there is an era's or
// an event's name ("the Reign of Terror", "the Gilded Age").
var periodLead = regexp.MustCompile(`(?i)\b(?:during|throughout|amid|amidst)\s+(?:the\b[^,.;:()]*\b)?the\s*$`)

// periodRun reports whether a run after an article stands where a time
// does (see periodLead).
func periodRun(r *run) bool { return r.article && periodLead.MatchString(r.lead) }
