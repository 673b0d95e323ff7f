package eval

import (
	"sort"

	"github.com/kgbuild/kg/graph"
)

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
