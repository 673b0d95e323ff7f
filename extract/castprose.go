package extract

import (
	"regexp"
	"strconv"

	"github.com/kgbuild/kg/graph"
)

// predStarsAs is the pseudo-predicate of a cast told in running text with
// each actor's role: "the series also stars A as X, B as Y and C as Z".
// Every actor, the name before "as", stars in the series; the roles are
// left to the patterns of "A as X".
const predStarsAs = "STARS_AS"

// actorBeforeAs matches a marker followed by "as": the actor of a pair
// "A as X".
var actorBeforeAs = regexp.MustCompile(`«(\d+)»\s+as\s`)

// applyStarsAs states STARS_IN between each actor of the list the pattern
// matched and the series the sentence speaks of.
func (s *docState) applyStarsAs(m *patMatch) {
	var actors []int
	for _, loc := range actorBeforeAs.FindAllStringSubmatch(m.group("s"), -1) {
		k, _ := strconv.Atoi(loc[1])
		if k < len(m.ms.kept) {
			actors = append(actors, m.ms.kept[k])
		}
	}
	subs := s.pick(actors, graph.Person, true, m.p.name)
	if len(subs) == 0 {
		return
	}
	objs := s.pick(s.fromContext(m, fromSeries, graph.Series, subs), graph.Series, false, m.p.name)
	for _, a := range subs {
		for _, o := range objs {
			s.claim(Claim{Subject: a, Predicate: "STARS_IN", Object: o, Evidence: m.ms.sn.Span, Confidence: m.p.conf, Signal: SigPattern, Rule: m.p.name})
		}
	}
}
