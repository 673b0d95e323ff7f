package eval

import (
	"sort"

	"github.com/kgbuild/kg/graph"
)

// goldRel keys a relation on gold entity indexes; predRel on predicted
// entity ids. Both put the smaller endpoint first for symmetric predicates.
type goldRel struct {
	subj int
	pred string
	obj  int
}

type predRel struct {
	subj, pred, obj string
}

func newGoldRel(s int, p string, o int) goldRel {
	if graph.Symmetric(p) && o < s {
		s, o = o, s
	}
	return goldRel{s, p, o}
}

func newPredRel(s, p, o string) predRel {
	if graph.Symmetric(p) && o < s {
		s, o = o, s
	}
	return predRel{s, p, o}
}

// predCounts accumulates relation counts for one predicate.
type predCounts struct {
	tp, fp, fn int
	rep        PredicateReport
}

func (s *scorer) scoreRelations(r *Report) {
	byPred := map[string]*predCounts{}
	at := func(p string) *predCounts {
		c, ok := byPred[p]
		if !ok {
			c = &predCounts{rep: PredicateReport{Predicate: p}}
			byPred[p] = c
		}
		return c
	}

	// Gold relations, resolved to gold indexes.
	byName := map[string]int{}
	for gi, e := range s.gold.Entities {
		if _, ok := byName[Fold(e.Name)]; !ok {
			byName[Fold(e.Name)] = gi
		}
	}
	required := map[goldRel]int{} // key -> first gold relation with it
	var requiredOrder []goldRel
	optional := map[goldRel]bool{}
	for ri, gr := range s.gold.Relations {
		si, ok1 := byName[Fold(gr.Subject)]
		oi, ok2 := byName[Fold(gr.Object)]
		if !ok1 || !ok2 {
			continue
		}
		k := newGoldRel(si, gr.Predicate, oi)
		if gr.Optional || s.gold.Entities[si].Optional || s.gold.Entities[oi].Optional {
			optional[k] = true
			continue
		}
		if _, ok := required[k]; !ok {
			required[k] = ri
			requiredOrder = append(requiredOrder, k)
		}
	}

	// Predicted relations.
	index := map[string]int{}
	for pi, p := range s.preds {
		if _, ok := index[p.ID]; !ok {
			index[p.ID] = pi
		}
	}
	name := func(id string) string {
		pi, ok := index[id]
		if !ok {
			return id
		}
		if gi := s.match[pi]; gi >= 0 {
			return s.gold.Entities[gi].Name
		}
		return s.preds[pi].Name
	}
	hit := map[goldRel]bool{}
	wrongGold := map[goldRel]bool{}
	wrongPred := map[predRel]string{} // key -> reason
	ignoredGold := map[goldRel]bool{}
	ignoredPred := map[predRel]bool{}
	for _, rel := range s.rels {
		pk := newPredRel(rel.From, rel.Type, rel.To)
		si, ok1 := index[rel.From]
		oi, ok2 := index[rel.To]
		if !ok1 || !ok2 {
			wrongPred[pk] = ReasonUnknownEntity
			continue
		}
		if s.ignored[si] || s.ignored[oi] {
			ignoredPred[pk] = true
			continue
		}
		gs, gob := s.match[si], s.match[oi]
		switch {
		case gs < 0 && gob < 0:
			wrongPred[pk] = ReasonBothUnmapped
			continue
		case gs < 0:
			wrongPred[pk] = ReasonSubjectUnmapped
			continue
		case gob < 0:
			wrongPred[pk] = ReasonObjectUnmapped
			continue
		}
		k := newGoldRel(gs, rel.Type, gob)
		if _, ok := required[k]; ok {
			hit[k] = true
		} else if optional[k] {
			ignoredGold[k] = true
		} else {
			wrongGold[k] = true
		}
	}
	r.Ignored.Relations = len(ignoredGold) + len(ignoredPred)

	for _, k := range requiredOrder {
		c := at(k.pred)
		if hit[k] {
			c.tp++
			continue
		}
		c.fn++
		gr := s.gold.Relations[required[k]]
		c.rep.Missed = append(c.rep.Missed, Triple{Subject: gr.Subject, Predicate: gr.Predicate, Object: gr.Object, Detail: gr.Detail})
	}
	for k := range wrongGold {
		c := at(k.pred)
		c.fp++
		c.rep.False = append(c.rep.False, Triple{Subject: s.gold.Entities[k.subj].Name, Predicate: k.pred,
			Object: s.gold.Entities[k.obj].Name, Reason: ReasonNotInGold})
	}
	for k, reason := range wrongPred {
		c := at(k.pred)
		c.fp++
		c.rep.False = append(c.rep.False, Triple{Subject: name(k.subj), Predicate: k.pred, Object: name(k.obj), Reason: reason})
	}
	var tp, fp, fn int
	for _, p := range orderedKeys(byPred, graph.Predicates) {
		c := byPred[p]
		tp, fp, fn = tp+c.tp, fp+c.fp, fn+c.fn
		c.rep.Relations = newMetric(c.tp, c.fp, c.fn)
		sortTriples(c.rep.Missed)
		sortTriples(c.rep.False)
		r.Predicates = append(r.Predicates, c.rep)
	}
	r.Relations = newMetric(tp, fp, fn)
}

func sortTriples(ts []Triple) {
	sort.Slice(ts, func(i, j int) bool {
		a, b := ts[i], ts[j]
		switch {
		case a.Subject != b.Subject:
			return a.Subject < b.Subject
		case a.Object != b.Object:
			return a.Object < b.Object
		case a.Detail != b.Detail:
			return a.Detail < b.Detail
		}
		return a.Reason < b.Reason
	})
}
