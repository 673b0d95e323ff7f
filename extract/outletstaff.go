package extract

import (
	"github.com/kgbuild/kg/graph"
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
)

// outletStaff types a run of up to three words that news and reviews name
// as the employer of their writers: "Jo Lenz is Harbor Post's chief
// television critic", the tail of a byline, or "Jo Lenz of Quillon called
// it ...", a critic quoted with the outlet she writes for. A person's
// name has no critics, and a quoted critic is named with her outlet, not
// a company she works at.
var outletStaff = shapeRule{"outlet-staff", graph.Organization, 0.5, func(r *run) bool {
	return r.n <= 3 && (staffAfter.MatchString(r.after) || criticOfBefore.MatchString(r.lead) && speaksAfter.MatchString(r.after))
}}

var (
	// staffAfter matches a possessive and a writer's post after a name:
	// "'s chief television critic", "'s senior TV editor".
	staffAfter = regexp.MustCompile(`^['’]s\s+(?:(?:chief|senior|lead|deputy|associate|contributing|staff|executive|former|longtime|resident)\s+)*(?:(?:TV|television|film|entertainment|culture|arts|features|news|streaming|movie)\s+)?(?:critic|editor|writer|reporter|correspondent|columnist|reviewer)s?\b`)
	// criticOfBefore matches a person's name of two words and "of" before
	// the outlet: "Jo Lenz of".
	criticOfBefore = regexp.MustCompile(`\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+\s+of\s+(?:[Tt]he\s+)?$`)
)
