package eval

import (
	"testing"

	"github.com/kgbuild/kg/graph"
)

func TestUnmappedReason(t *testing.T) {
	tests := []struct {
		name      string
		subj, obj int
		want      string
	}{
		{"both matched", 0, 3, ""},
		{"subject unmatched", -1, 3, ReasonSubjectUnmapped},
		{"object unmatched", 0, -1, ReasonObjectUnmapped},
		{"neither matched", -1, -1, ReasonBothUnmapped},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := unmappedReason(tt.subj, tt.obj); got != tt.want {
				t.Errorf("unmappedReason(%d, %d) = %q, want %q", tt.subj, tt.obj, got, tt.want)
			}
		})
	}
}

// TestJudge checks the verdict on single predicted relations against the
// tiny gold, with one borderline (optional) relation added.
func TestJudge(t *testing.T) {
	gold := tinyGold(t)
	gold.Relations = append(gold.Relations, GoldRelation{
		Subject: "Thomas Laffont", Predicate: "MEMBER_OF", Object: "Cold Case Unit", Optional: true})
	pred := &graph.Graph{Entities: append(perfect(),
		ent("stranger", graph.Person, "Somebody Else"),
		ent("mindhunter", graph.Series, "Mindhunter"))}
	s := newScorer(pred, gold)
	s.matchEntities()
	gr := s.goldRelations()
	index := s.predIndex()

	tests := []struct {
		name string
		rel  graph.Relation
		want string // the verdict map the relation lands in, or the reason
	}{
		{"required relation", rel("maggie", "PLAYS", "renee"), "hit"},
		{"symmetric relation the other way", rel("renee", "PARTNER_OF", "laffont"), "hit"},
		{"both matched, not in gold", rel("maggie", "STARS_IN", "ballard"), "wrongGold"},
		{"borderline relation", rel("laffont", "MEMBER_OF", "ccu"), "ignoredGold"},
		{"comparison work", rel("ballard", "SPINOFF_OF", "mindhunter"), "ignoredPred"},
		{"id not in the graph", rel("maggie", "PLAYS", "nobody"), ReasonUnknownEntity},
		{"subject not in gold", rel("stranger", "PLAYS", "renee"), ReasonSubjectUnmapped},
		{"object not in gold", rel("renee", "RELATIVE_OF", "stranger"), ReasonObjectUnmapped},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := relationVerdicts{
				hit: map[goldRel]bool{}, wrongGold: map[goldRel]bool{}, ignoredGold: map[goldRel]bool{},
				wrongPred: map[predRel]string{}, ignoredPred: map[predRel]bool{},
			}
			s.judge(tt.rel, gr, index, &v)
			got := map[string]int{"hit": len(v.hit), "wrongGold": len(v.wrongGold), "ignoredGold": len(v.ignoredGold),
				"ignoredPred": len(v.ignoredPred)}
			for _, reason := range v.wrongPred {
				got[reason]++
			}
			for k, n := range got {
				want := 0
				if k == tt.want {
					want = 1
				}
				if n != want {
					t.Errorf("%s: %d, want %d (verdicts %+v)", k, n, want, v)
				}
			}
			if got[tt.want] != 1 {
				t.Errorf("no %s verdict (verdicts %+v)", tt.want, v)
			}
		})
	}
}
