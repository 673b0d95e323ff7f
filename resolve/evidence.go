package resolve

import (
	"sort"
	"strings"
)

// byActor returns the one candidate played by one of the given actors, or
// nil when none or several are. played lists, by folded actor name, the
// groups that actor plays (state.actorIndex): the candidates' roots are
// found from the few groups of the mention's actors, not by scanning every
// group any actor plays for every candidate.
func byActor(cands []*group, actorNames []string, played map[string][]*group) *group {
	roots := map[*group]bool{}
	for _, a := range actorNames {
		for _, g := range played[a] {
			roots[g.root()] = true
		}
	}
	var found *group
	for _, c := range cands {
		if roots[c] {
			if found != nil {
				return nil
			}
			found = c
		}
	}
	return found
}

// inBlock returns the one candidate named in full in the same block as the
// mention ref, or nil.
func inBlock(s *state, cands []*group, ref mref) *group {
	blk := s.mention(ref).Block
	var found *group
	for _, c := range cands {
		for _, r := range c.refs {
			if m := s.mention(r); r.doc == ref.doc && r != ref && m.Block == blk && len(strings.Fields(m.Name)) > 1 {
				if found != nil && found != c {
					return nil
				}
				found = c
				break
			}
		}
	}
	return found
}

// byMentions sorts candidates by their number of mentions, most first.
func byMentions(cands []*group) {
	sort.Slice(cands, func(i, j int) bool { return len(cands[i].refs) > len(cands[j].refs) })
}
