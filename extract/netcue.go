package extract

import (
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
)

// networkCue reports whether the lone word of a run is a network, a
// streamer or an outlet by the words of trade news around it: the one
// that renews, orders or cancels a show or has learned of it ("Vireo has
// renewed the drama", "Gazette has learned"), or the one named after its
// kind ("its sister network, Vireo"). A place may renew nothing ("the UK
// has ordered"), so a known place is none.
func (r *run) networkCue() bool {
	return !r.knownPlace && (networkVerbAfter.MatchString(r.after) || networkNounBefore.MatchString(r.before))
}

// networkVerbAfter and networkNounBefore match the words after a network
// that acts on a show and the kind of company before its name.
var (
	networkVerbAfter  = regexp.MustCompile(`^,?\s+(?:has|have)\s+(?:learned|renewed|ordered|picked up|cancell?ed|greenlit)\b`)
	networkNounBefore = regexp.MustCompile(`(?i)\b(?:network|broadcaster|streaming service|cable channel),?\s*$`)
)
