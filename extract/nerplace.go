package extract

import (
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"github.com/kgbuild/kg/names"
)

// givenNameFirst reports whether the run of two words or more opens with a
// given name and ends with no place's last word ("Nora Vance", not
// "Virginia Beach"): a person's shape, which the tagger's place label after
// "in" or "to" does not outweigh, as in "in Nora Vance's latest drama" or
// "goes to Nora Vance's song".
func givenNameFirst(r *run) bool {
	return r.n >= 2 && names.GivenName(r.first) && !names.PlaceSuffixes[r.last] && !r.knownPlace
}

// eraAfter matches "era" after a name: "the Nora Vance era" is the time of
// a person or a role in a long-running show, and its article makes no
// organization of the name (see the rule article-org).
var eraAfter = regexp.MustCompile(`^\s+era\b`)
