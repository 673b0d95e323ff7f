package pipeline_test

import (
	"context"
	"testing"

	"github.com/kgbuild/kg/eval"
	"github.com/kgbuild/kg/pipeline"
	"github.com/kgbuild/kg/pipeline/pipelinetest"
)

// The bars of the current milestone: the pipeline run on the seed corpus
// must score at least this against the seed gold annotations.
const (
	minEntityF1      = 0.85
	minTypedEntityF1 = 0.80
	minRelationF1    = 0.60
)

// seedGoldDir holds the gold annotations of the seed corpus.
const seedGoldDir = "../eval/testdata/seed"

func TestEvalSeed(t *testing.T) {
	gold, err := eval.LoadGold(seedGoldDir)
	if err != nil {
		t.Fatal(err)
	}
	p, err := pipeline.New(pipeline.Config{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := p.Run(context.Background(), []string{pipelinetest.SeedDir(t)})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Problems) > 0 {
		t.Fatalf("problems: %v", res.Problems)
	}
	r := eval.Score(res.Graph, gold)
	t.Logf("entities        P %.3f R %.3f F1 %.3f (TP %d FP %d FN %d)", r.Entities.Precision, r.Entities.Recall, r.Entities.F1, r.Entities.TP, r.Entities.FP, r.Entities.FN)
	t.Logf("typed entities  P %.3f R %.3f F1 %.3f (TP %d FP %d FN %d)", r.TypedEntities.Precision, r.TypedEntities.Recall, r.TypedEntities.F1, r.TypedEntities.TP, r.TypedEntities.FP, r.TypedEntities.FN)
	t.Logf("aliases         P %.3f R %.3f F1 %.3f (TP %d FP %d FN %d)", r.Aliases.Precision, r.Aliases.Recall, r.Aliases.F1, r.Aliases.TP, r.Aliases.FP, r.Aliases.FN)
	t.Logf("relations       P %.3f R %.3f F1 %.3f (TP %d FP %d FN %d)", r.Relations.Precision, r.Relations.Recall, r.Relations.F1, r.Relations.TP, r.Relations.FP, r.Relations.FN)
	bars := []struct {
		what string
		got  float64
		min  float64
	}{
		{"entity F1", r.Entities.F1, minEntityF1},
		{"typed entity F1", r.TypedEntities.F1, minTypedEntityF1},
		{"relation F1", r.Relations.F1, minRelationF1},
	}
	for _, b := range bars {
		if b.got < b.min {
			t.Errorf("%s %.3f is below the bar %.2f (kg eval --gold %s --report lists the misses)", b.what, b.got, b.min, seedGoldDir)
		}
	}
}
