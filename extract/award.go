package extract

import (
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
)

// awardRun reports whether the words around a run show it names an award,
// which is no entity of the graph: something won or earned ("won a Harbor
// Globe for her role"), or the words before "Award" with a trademark's
// sign between ("Harbor Globe® Award nominee"), which the run does not
// read over.
func awardRun(before, after string) bool {
	return awardWonBefore.MatchString(before) || awardAfter.MatchString(after)
}

// awardWonBefore matches a verb of winning and an article before a run;
// awardAfter a trademark's sign and "Award" after one.
var (
	awardWonBefore = regexp.MustCompile(`\b(?:won|wins|win|winning|earned|earns|received|receives) (?:a|an|the)\s+$`)
	awardAfter     = regexp.MustCompile(`^[®™]\s*Awards?\b`)
)
