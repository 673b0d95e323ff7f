package eval

import (
	"sort"

	"github.com/kgbuild/kg/graph"
)

// typeCounts accumulates entity counts for one type.
type typeCounts struct {
	tp, fp, fn, ttp, tfp, tfn int
	rep                       TypeReport
}

func (s *scorer) scoreEntities(r *Report) {
	byType := map[string]*typeCounts{}
	at := func(t string) *typeCounts {
		c, ok := byType[t]
		if !ok {
			c = &typeCounts{rep: TypeReport{Type: t}}
			byType[t] = c
		}
		return c
	}
	var tp, fp, fn, ttp int
	for gi, g := range s.gold.Entities {
		if g.Optional {
			continue
		}
		gc := at(g.Type)
		pi := s.matched[gi]
		if pi < 0 {
			fn++
			gc.fn++
			gc.tfn++
			gc.rep.Missed = append(gc.rep.Missed, EntityRef{Type: g.Type, Name: g.Name, Aliases: g.Aliases})
			continue
		}
		p := s.preds[pi]
		tp++
		gc.tp++
		if p.Type == g.Type {
			ttp++
			gc.ttp++
			continue
		}
		gc.tfn++
		at(p.Type).tfp++
		gc.rep.Mistyped = append(gc.rep.Mistyped, TypeMismatch{Gold: g.Name, GoldType: g.Type, ID: p.ID, Name: p.Name, Type: p.Type})
	}
	for pi, p := range s.preds {
		if s.match[pi] >= 0 {
			continue
		}
		if s.ignored[pi] {
			r.Ignored.Entities++
			continue
		}
		fp++
		pc := at(p.Type)
		pc.fp++
		pc.tfp++
		ref := EntityRef{ID: p.ID, Type: p.Type, Name: p.Name, Aliases: p.Aliases}
		for _, gi := range s.overlaps[pi] {
			ref.Overlaps = append(ref.Overlaps, s.gold.Entities[gi].Name)
		}
		pc.rep.False = append(pc.rep.False, ref)
	}
	nonIgnored := tp + fp
	r.Entities = newMetric(tp, fp, fn)
	r.TypedEntities = newMetric(ttp, nonIgnored-ttp, tp+fn-ttp)
	for _, t := range orderedKeys(byType, graph.EntityTypes) {
		c := byType[t]
		c.rep.Entities = newMetric(c.tp, c.fp, c.fn)
		c.rep.Typed = newMetric(c.ttp, c.tfp, c.tfn)
		sortRefs(c.rep.Missed)
		sortRefs(c.rep.False)
		sort.SliceStable(c.rep.Mistyped, func(i, j int) bool {
			a, b := c.rep.Mistyped[i], c.rep.Mistyped[j]
			if a.Gold != b.Gold {
				return a.Gold < b.Gold
			}
			return a.ID < b.ID
		})
		r.Types = append(r.Types, c.rep)
	}
}

func sortRefs(refs []EntityRef) {
	sort.SliceStable(refs, func(i, j int) bool {
		a, b := refs[i], refs[j]
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		return a.ID < b.ID
	})
}

// orderedKeys returns the keys of m: those in known first, in that order,
// then the others sorted.
func orderedKeys[V any](m map[string]V, known []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, k := range known {
		if _, ok := m[k]; ok {
			out = append(out, k)
			seen[k] = true
		}
	}
	var rest []string
	for k := range m {
		if !seen[k] {
			rest = append(rest, k)
		}
	}
	sort.Strings(rest)
	return append(out, rest...)
}
