package eval

import (
	"sort"

	"github.com/kgbuild/kg/graph"
)

// Metric is one precision/recall/F1 figure with the counts behind it, so a
// reader can tell 1 of 2 from 500 of 1000. A ratio whose denominator is
// zero is 0, except that all three are 1 when there is nothing to find and
// nothing was claimed (TP, FP and FN all 0).
type Metric struct {
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// newMetric computes the ratios of the counts. A ratio whose denominator
// is zero is 0, except when there is nothing at all (no TP, FP nor FN):
// finding nothing where there is nothing is perfect, so all three are 1.
func newMetric(tp, fp, fn int) Metric {
	m := Metric{TP: tp, FP: fp, FN: fn}
	if tp+fp+fn == 0 {
		m.Precision, m.Recall, m.F1 = 1, 1, 1
		return m
	}
	if tp+fp > 0 {
		m.Precision = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		m.Recall = float64(tp) / float64(tp+fn)
	}
	if m.Precision+m.Recall > 0 {
		m.F1 = 2 * m.Precision * m.Recall / (m.Precision + m.Recall)
	}
	return m
}

// Report is the outcome of Score: the four headline figures, their
// breakdown by entity type and by predicate with what was missed and what
// was wrongly predicted, and the alias pairs that were missed or wrongly
// joined. Every list is sorted (types and predicates in the order of
// graph.EntityTypes and graph.Predicates, unknown ones after, by name;
// entries by name).
type Report struct {
	Entities      Metric            `json:"entities"`
	TypedEntities Metric            `json:"typed_entities"`
	Aliases       Metric            `json:"aliases"`
	Relations     Metric            `json:"relations"`
	Ignored       Ignored           `json:"ignored"`
	Types         []TypeReport      `json:"types"`
	Predicates    []PredicateReport `json:"predicates"`
	MissedAliases []AliasPair       `json:"missed_aliases"`
	FalseAliases  []AliasPair       `json:"false_aliases"`
}

// Ignored counts the predictions that touched only optional gold items
// (comparison works, borderline relations) and so were neither rewarded
// nor penalised.
type Ignored struct {
	Entities  int `json:"entities"`
	Relations int `json:"relations"`
}

// TypeReport is the entity score of one type. Entities counts a match as
// true positive whatever the predicted type (true positives and misses
// under the gold type, false positives under the predicted type); Typed
// requires the types to agree, so a mismatch is one false positive (under
// the predicted type) and one miss (under the gold type).
type TypeReport struct {
	Type     string         `json:"type"`
	Entities Metric         `json:"entities"`
	Typed    Metric         `json:"typed"`
	Missed   []EntityRef    `json:"missed"`
	False    []EntityRef    `json:"false"`
	Mistyped []TypeMismatch `json:"mistyped"`
}

// EntityRef names an entity in a report: a gold entity (ID empty) or a
// predicted one. Overlaps, for a false-positive predicted entity, lists the
// gold entities it shares a form with: those were matched to another
// predicted entity, so this one is a duplicate.
type EntityRef struct {
	ID       string   `json:"id,omitempty"`
	Type     string   `json:"type"`
	Name     string   `json:"name"`
	Aliases  []string `json:"aliases,omitempty"`
	Overlaps []string `json:"overlaps,omitempty"`
}

// TypeMismatch is a predicted entity matched to a gold entity of another
// type: right for the entity score, wrong for the typed one.
type TypeMismatch struct {
	Gold     string `json:"gold"`
	GoldType string `json:"gold_type"`
	ID       string `json:"id"`
	Name     string `json:"name"`
	Type     string `json:"type"`
}

// PredicateReport is the relation score of one predicate with its misses
// (gold relations not predicted) and false positives.
type PredicateReport struct {
	Predicate string   `json:"predicate"`
	Relations Metric   `json:"relations"`
	Missed    []Triple `json:"missed"`
	False     []Triple `json:"false"`
}

// Triple names a relation in a report. Endpoints are gold canonical names
// when the entity is (matched to) a gold entity, predicted names
// otherwise; Reason says why a false positive is one.
type Triple struct {
	Subject   string `json:"subject"`
	Predicate string `json:"predicate"`
	Object    string `json:"object"`
	Detail    string `json:"detail,omitempty"`
	Reason    string `json:"reason,omitempty"`
}

// Reasons a predicted relation is a false positive.
const (
	ReasonNotInGold       = "not in gold"
	ReasonSubjectUnmapped = "subject not matched to gold"
	ReasonObjectUnmapped  = "object not matched to gold"
	ReasonBothUnmapped    = "subject and object not matched to gold"
	ReasonUnknownEntity   = "entity id not in graph"
)

// AliasPair is two gold surface forms (as the gold spells them). For a
// missed pair, Entities holds the gold entity that has both; for a wrongly
// joined pair, it holds the gold entities of the two forms, and Predicted
// the predicted entity that joins them.
type AliasPair struct {
	Forms     [2]string `json:"forms"`
	Entities  []string  `json:"entities"`
	Predicted string    `json:"predicted,omitempty"`
}

// Score compares pred with gold as GOLD-FORMAT.md describes. Where the
// format is silent it decides as follows.
//
// Entities. The forms of a predicted entity are its Name and Aliases
// (Variants are not read), folded with Fold; those of a gold entity are its
// canonical name and aliases. A predicted and a gold entity can match when
// they share a form; the one-to-one matching is chosen as matchEntities
// says: most matches first, then most shared forms, then predicted name
// equal to gold canonical, then agreeing type. A predicted entity left
// unmatched is a false positive, except when its forms touch only optional
// gold entities (comparison works), and no required one: then it is
// ignored. A gold entity left unmatched is a miss. Typed figures count a
// match as true positive only when the types are equal.
//
// Aliases. Only gold forms of required entities are judged: forms the
// gold does not list (titles, short forms it excludes, noise) can be
// neither right nor wrong, and the entity score already judges the
// entities themselves. Let a pair be two distinct folded gold forms. Gold
// pairs are the pairs both in one gold entity; joined pairs are the pairs
// both in one predicted entity. True positives are joined gold pairs,
// false positives joined pairs that no gold entity has, misses gold pairs
// no predicted entity joins. Each pair counts once however many entities
// hold it. Forms that fold alike ("BALLARD", "Ballard") are one form.
//
// Relations. Each predicted entity maps to its matched gold entity. A
// relation whose endpoints both map is keyed (subject, predicate, object)
// on gold entities, without direction for graph.Symmetric predicates;
// equal keys collapse, so a relation stated twice or both ways counts once.
// It is a true positive when the key is a required gold relation, ignored
// when it is only an optional one, a false positive otherwise. A relation
// with an unmatched endpoint is a false positive (keyed on the predicted
// ids, collapsed likewise), unless an endpoint is an ignored entity (a
// comparison work): then the relation is ignored too. Relations naming an
// id that is not in pred.Entities are false positives. The Detail (family
// word) is not scored. Gold relations whose names do not resolve to gold
// entities (possible only for a Gold not made by LoadGold) are skipped.
func Score(pred *graph.Graph, gold *Gold) Report {
	s := newScorer(pred, gold)
	s.matchEntities()
	var r Report
	s.scoreEntities(&r)
	s.scoreAliases(&r)
	s.scoreRelations(&r)
	r.fillEmpty()
	return r
}

// fillEmpty replaces nil lists with empty ones, so that JSON consumers see
// [] rather than null and need no special case.
func (r *Report) fillEmpty() {
	r.Types = nonNil(r.Types)
	r.Predicates = nonNil(r.Predicates)
	r.MissedAliases = nonNil(r.MissedAliases)
	r.FalseAliases = nonNil(r.FalseAliases)
	for i := range r.Types {
		t := &r.Types[i]
		t.Missed, t.False, t.Mistyped = nonNil(t.Missed), nonNil(t.False), nonNil(t.Mistyped)
	}
	for i := range r.Predicates {
		p := &r.Predicates[i]
		p.Missed, p.False = nonNil(p.Missed), nonNil(p.False)
	}
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// scorer holds the indexes Score builds once and shares between its parts.
type scorer struct {
	gold  *Gold
	preds []graph.Entity   // sorted by ID, then name
	rels  []graph.Relation // sorted by key

	goldForms []map[string]bool // folded forms of each gold entity
	spelling  map[string]string // folded gold form -> first gold spelling
	owners    map[string][]int  // folded form -> required gold entities
	optional  map[string]bool   // folded forms of optional gold entities
	predForms [][]string        // folded forms of each predicted entity, sorted

	match    []int // predicted -> gold index, -1 when unmatched
	matched  []int // gold -> predicted index, -1 when unmatched
	ignored  []bool
	overlaps [][]int // predicted -> required gold entities sharing a form
}

func newScorer(pred *graph.Graph, gold *Gold) *scorer {
	s := &scorer{gold: gold, spelling: map[string]string{}, owners: map[string][]int{}, optional: map[string]bool{}}
	s.preds = append([]graph.Entity(nil), pred.Entities...)
	sort.SliceStable(s.preds, func(i, j int) bool {
		a, b := s.preds[i], s.preds[j]
		if a.ID != b.ID {
			return a.ID < b.ID
		}
		return a.Name < b.Name
	})
	s.rels = append([]graph.Relation(nil), pred.Relations...)
	sort.SliceStable(s.rels, func(i, j int) bool { return s.rels[i].Key() < s.rels[j].Key() })
	for gi, e := range gold.Entities {
		forms := map[string]bool{}
		for _, f := range e.Forms() {
			k := Fold(f)
			if k == "" || forms[k] {
				continue
			}
			forms[k] = true
			if e.Optional {
				s.optional[k] = true
				continue
			}
			if _, ok := s.spelling[k]; !ok {
				s.spelling[k] = f
			}
			s.owners[k] = append(s.owners[k], gi)
		}
		s.goldForms = append(s.goldForms, forms)
	}
	for _, e := range s.preds {
		seen := map[string]bool{}
		var forms []string
		for _, f := range append([]string{e.Name}, e.Aliases...) {
			if k := Fold(f); k != "" && !seen[k] {
				seen[k] = true
				forms = append(forms, k)
			}
		}
		sort.Strings(forms)
		s.predForms = append(s.predForms, forms)
	}
	return s
}

// matchEntities fills match, matched, ignored and overlaps.
func (s *scorer) matchEntities() {
	var cands []candidate
	s.overlaps = make([][]int, len(s.preds))
	for pi, forms := range s.predForms {
		shared := map[int]int{}
		var order []int
		for _, f := range forms {
			for _, gi := range s.owners[f] {
				if shared[gi] == 0 {
					order = append(order, gi)
				}
				shared[gi]++
			}
		}
		sort.Ints(order)
		s.overlaps[pi] = order
		p := s.preds[pi]
		for _, gi := range order {
			g := s.gold.Entities[gi]
			cands = append(cands, candidate{pred: pi, gold: gi, shared: shared[gi],
				canonical: Fold(p.Name) == Fold(g.Name), sameType: p.Type == g.Type})
		}
	}
	s.match = matchEntities(len(s.preds), len(s.gold.Entities), cands)
	s.matched = make([]int, len(s.gold.Entities))
	for i := range s.matched {
		s.matched[i] = -1
	}
	s.ignored = make([]bool, len(s.preds))
	for pi, gi := range s.match {
		if gi >= 0 {
			s.matched[gi] = pi
			continue
		}
		if len(s.overlaps[pi]) > 0 {
			continue
		}
		for _, f := range s.predForms[pi] {
			if s.optional[f] {
				s.ignored[pi] = true
				break
			}
		}
	}
}

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
