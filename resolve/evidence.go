package resolve

import (
	"sort"
	"strings"
)

// byActor returns the one candidate played by one of the given actors, or
// nil when none or several are.
func byActor(cands []*group, actorNames []string, actors map[*group]map[string]bool) *group {
	var found *group
	for _, c := range cands {
		played := false
		for g, as := range actors {
			if g.root() != c {
				continue
			}
			for _, a := range actorNames {
				played = played || as[a]
			}
		}
		if played {
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
