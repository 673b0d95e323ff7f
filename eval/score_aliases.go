package eval

import "sort"

// pairKey is an unordered pair of folded forms, smaller first.
type pairKey [2]string

func newPair(a, b string) pairKey {
	if b < a {
		a, b = b, a
	}
	return pairKey{a, b}
}

func (s *scorer) scoreAliases(r *Report) {
	goldPairs := map[pairKey]int{} // pair -> first gold entity holding it
	for gi, g := range s.gold.Entities {
		if g.Optional {
			continue
		}
		forms := sortedSet(s.goldForms[gi])
		for i := range forms {
			for j := i + 1; j < len(forms); j++ {
				k := newPair(forms[i], forms[j])
				if _, ok := goldPairs[k]; !ok {
					goldPairs[k] = gi
				}
			}
		}
	}
	joined := map[pairKey]int{} // pair -> first predicted entity joining it
	for pi, forms := range s.predForms {
		var gf []string
		for _, f := range forms {
			if len(s.owners[f]) > 0 {
				gf = append(gf, f)
			}
		}
		for i := range gf {
			for j := i + 1; j < len(gf); j++ {
				k := newPair(gf[i], gf[j])
				if _, ok := joined[k]; !ok {
					joined[k] = pi
				}
			}
		}
	}
	tp := 0
	for k, pi := range joined {
		if _, ok := goldPairs[k]; ok {
			tp++
			continue
		}
		p := s.preds[pi]
		name := p.Name
		if p.ID != "" {
			name += " [" + p.ID + "]"
		}
		r.FalseAliases = append(r.FalseAliases, AliasPair{
			Forms:     [2]string{s.spelling[k[0]], s.spelling[k[1]]},
			Entities:  []string{s.gold.Entities[s.owners[k[0]][0]].Name, s.gold.Entities[s.owners[k[1]][0]].Name},
			Predicted: name,
		})
	}
	for k, gi := range goldPairs {
		if _, ok := joined[k]; !ok {
			r.MissedAliases = append(r.MissedAliases, AliasPair{
				Forms:    [2]string{s.spelling[k[0]], s.spelling[k[1]]},
				Entities: []string{s.gold.Entities[gi].Name},
			})
		}
	}
	sortPairs(r.FalseAliases)
	sortPairs(r.MissedAliases)
	r.Aliases = newMetric(tp, len(joined)-tp, len(goldPairs)-tp)
}

func sortedSet(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func sortPairs(ps []AliasPair) {
	sort.Slice(ps, func(i, j int) bool {
		a, b := ps[i], ps[j]
		if a.Entities[0] != b.Entities[0] {
			return a.Entities[0] < b.Entities[0]
		}
		if a.Forms[0] != b.Forms[0] {
			return a.Forms[0] < b.Forms[0]
		}
		return a.Forms[1] < b.Forms[1]
	})
}
