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

// predTally holds the counts of each predicate met so far.
type predTally map[string]*predCounts

// at returns the counts of predicate p, starting them if need be.
func (t predTally) at(p string) *predCounts {
	c, ok := t[p]
	if !ok {
		c = &predCounts{rep: PredicateReport{Predicate: p}}
		t[p] = c
	}
	return c
}

// scoreRelations fills the relation figures of r: the gold relations are
// keyed on gold entities, every predicted relation is judged against them,
// and the verdicts are counted by predicate.
func (s *scorer) scoreRelations(r *Report) {
	gold := s.goldRelations()
	index := s.predIndex()
	v := s.judgeRelations(gold, index)
	r.Ignored.Relations = len(v.ignoredGold) + len(v.ignoredPred)
	r.Predicates, r.Relations = s.tally(gold, v, index).reports()
}

// goldRelations are the gold relations keyed on gold entities. A key is
// optional when the relation or one of its entities is; a prediction that
// hits it is neither rewarded nor penalised.
type goldRelations struct {
	required map[goldRel]int // key -> first gold relation with it
	order    []goldRel       // required keys in the order of the gold
	optional map[goldRel]bool
}

// goldRelations resolves the gold relations' names to gold entities,
// skipping those that do not resolve.
func (s *scorer) goldRelations() goldRelations {
	byName := map[string]int{} // folded canonical name -> first gold entity
	for gi, e := range s.gold.Entities {
		if _, ok := byName[Fold(e.Name)]; !ok {
			byName[Fold(e.Name)] = gi
		}
	}
	gr := goldRelations{required: map[goldRel]int{}, optional: map[goldRel]bool{}}
	for ri, rel := range s.gold.Relations {
		si, ok1 := byName[Fold(rel.Subject)]
		oi, ok2 := byName[Fold(rel.Object)]
		if !ok1 || !ok2 {
			continue
		}
		k := newGoldRel(si, rel.Predicate, oi)
		if rel.Optional || s.gold.Entities[si].Optional || s.gold.Entities[oi].Optional {
			gr.optional[k] = true
			continue
		}
		if _, ok := gr.required[k]; !ok {
			gr.required[k] = ri
			gr.order = append(gr.order, k)
		}
	}
	return gr
}

// predIndex finds a predicted entity by id: the first one when ids repeat.
func (s *scorer) predIndex() map[string]int {
	index := map[string]int{}
	for pi, p := range s.preds {
		if _, ok := index[p.ID]; !ok {
			index[p.ID] = pi
		}
	}
	return index
}

// relationVerdicts is what the predicted relations came to, keyed and so
// collapsed: on gold entities when both endpoints are matched, on
// predicted ids otherwise.
type relationVerdicts struct {
	hit, wrongGold, ignoredGold map[goldRel]bool
	wrongPred                   map[predRel]string // key -> reason
	ignoredPred                 map[predRel]bool
}

func (s *scorer) judgeRelations(gold goldRelations, index map[string]int) relationVerdicts {
	v := relationVerdicts{
		hit: map[goldRel]bool{}, wrongGold: map[goldRel]bool{}, ignoredGold: map[goldRel]bool{},
		wrongPred: map[predRel]string{}, ignoredPred: map[predRel]bool{},
	}
	for _, rel := range s.rels {
		s.judge(rel, gold, index, &v)
	}
	return v
}

// judge records the verdict on one predicted relation: a false positive
// when an endpoint is unknown or not matched to gold, ignored when an
// endpoint is an ignored entity or the key an optional gold relation, a
// hit when it is a required one, and a false positive otherwise.
func (s *scorer) judge(rel graph.Relation, gold goldRelations, index map[string]int, v *relationVerdicts) {
	pk := newPredRel(rel.From, rel.Type, rel.To)
	si, ok1 := index[rel.From]
	oi, ok2 := index[rel.To]
	if !ok1 || !ok2 {
		v.wrongPred[pk] = ReasonUnknownEntity
		return
	}
	if s.ignored[si] || s.ignored[oi] {
		v.ignoredPred[pk] = true
		return
	}
	gs, gob := s.match[si], s.match[oi]
	if reason := unmappedReason(gs, gob); reason != "" {
		v.wrongPred[pk] = reason
		return
	}
	k := newGoldRel(gs, rel.Type, gob)
	if _, ok := gold.required[k]; ok {
		v.hit[k] = true
	} else if gold.optional[k] {
		v.ignoredGold[k] = true
	} else {
		v.wrongGold[k] = true
	}
}

// unmappedReason says why a relation whose endpoints are matched to the
// gold entities subj and obj (-1: unmatched) is a false positive before
// looking at the gold relations; "" when both are matched.
func unmappedReason(subj, obj int) string {
	switch {
	case subj < 0 && obj < 0:
		return ReasonBothUnmapped
	case subj < 0:
		return ReasonSubjectUnmapped
	case obj < 0:
		return ReasonObjectUnmapped
	}
	return ""
}

// tally counts the verdicts by predicate: each required gold relation is
// a hit or a miss, each wrong key a false positive.
func (s *scorer) tally(gold goldRelations, v relationVerdicts, index map[string]int) predTally {
	t := predTally{}
	for _, k := range gold.order {
		c := t.at(k.pred)
		if v.hit[k] {
			c.tp++
			continue
		}
		c.fn++
		gr := s.gold.Relations[gold.required[k]]
		c.rep.Missed = append(c.rep.Missed, Triple{Subject: gr.Subject, Predicate: gr.Predicate, Object: gr.Object, Detail: gr.Detail})
	}
	for k := range v.wrongGold {
		c := t.at(k.pred)
		c.fp++
		c.rep.False = append(c.rep.False, Triple{Subject: s.gold.Entities[k.subj].Name, Predicate: k.pred,
			Object: s.gold.Entities[k.obj].Name, Reason: ReasonNotInGold})
	}
	for k, reason := range v.wrongPred {
		c := t.at(k.pred)
		c.fp++
		c.rep.False = append(c.rep.False, Triple{Subject: s.relationEnd(index, k.subj), Predicate: k.pred,
			Object: s.relationEnd(index, k.obj), Reason: reason})
	}
	return t
}

// relationEnd names an endpoint of a predicted relation in a report: the
// gold canonical name of its match, else its predicted name, else the id
// when no predicted entity has it.
func (s *scorer) relationEnd(index map[string]int, id string) string {
	pi, ok := index[id]
	if !ok {
		return id
	}
	if gi := s.match[pi]; gi >= 0 {
		return s.gold.Entities[gi].Name
	}
	return s.preds[pi].Name
}

// reports returns the report of each predicate, in the order of
// graph.Predicates and unknown ones after, with their total.
func (t predTally) reports() ([]PredicateReport, Metric) {
	var out []PredicateReport
	var tp, fp, fn int
	for _, p := range orderedKeys(t, graph.Predicates) {
		c := t[p]
		tp, fp, fn = tp+c.tp, fp+c.fp, fn+c.fn
		c.rep.Relations = newMetric(c.tp, c.fp, c.fn)
		sortTriples(c.rep.Missed)
		sortTriples(c.rep.False)
		out = append(out, c.rep)
	}
	return out, newMetric(tp, fp, fn)
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
