package extract

import (
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
)

// networkCue reports whether the lone word of a run is a network, a
// streamer or an outlet by the words of trade news around it: the one
// that renews, orders or cancels a show or has learned of it ("Vireo has
// renewed the drama", "Gazette has learned"), the one by which a show is
// released, ordered or broadcast ("released by Vireo", where a lone "by"
// is a person's: "a novel by Crane"), or the one named after its kind
// ("its sister network, Vireo"). A place may renew nothing ("the UK has
// ordered"), so a known place is none.
func (r *run) networkCue() bool {
	return !r.knownPlace && (networkVerbAfter.MatchString(r.after) || networkByBefore.MatchString(r.before) || networkNounBefore.MatchString(r.before))
}

// networkVerbAfter, networkByBefore and networkNounBefore match the words
// after a network that acts on a show, the act before "by" and the kind
// of company before its name.
var (
	networkVerbAfter  = regexp.MustCompile(`^,?\s+(?:has|have)\s+(?:learned|renewed|ordered|picked up|cancell?ed|greenlit)\b`)
	networkByBefore   = regexp.MustCompile(`(?i)\b(?:released|distributed|commissioned|picked up|acquired|cancell?ed|renewed|ordered|greenlit|aired|broadcast|streamed|syndicated) by\s*$`)
	networkNounBefore = regexp.MustCompile(`(?i)\b(?:network|broadcaster|streaming service|cable channel),?\s*$`)
)
