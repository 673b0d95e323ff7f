package resolve_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/pipeline"
	"github.com/kgbuild/kg/resolve"
	"github.com/kgbuild/kg/sources"
)

// extracted runs the stages before resolve on the documents under paths.
func extracted(t *testing.T, paths ...string) []*extract.Extraction {
	t.Helper()
	ctx := context.Background()
	docs, probs, err := sources.Loader{}.Load(ctx, paths)
	if err != nil || len(probs) > 0 {
		t.Fatalf("load %v: %v %v", paths, err, probs)
	}
	p, err := pipeline.New(pipeline.Config{})
	if err != nil {
		t.Fatal(err)
	}
	parsed, err := p.Parse(ctx, docs, nil)
	if err != nil {
		t.Fatal(err)
	}
	return extract.Extractor{}.Run(parsed)
}

// TestRunLeavesExtractionsAlone: resolve returns its decisions beside the
// extractions and never writes into them; and the types it returns agree
// with the entities: a linked mention has its entity's type, by
// extract's say or by an override naming its rule.
func TestRunLeavesExtractionsAlone(t *testing.T) {
	for _, dir := range []string{"../sources/ballard", "../eval/testdata/synthetic/corpus"} {
		t.Run(dir, func(t *testing.T) {
			xs := extracted(t, dir)
			before := make([][]extract.Mention, len(xs))
			for i, x := range xs {
				before[i] = append([]extract.Mention(nil), x.Mentions...)
			}
			res := resolve.Reconciler{ListOverrides: true}.Run(xs)
			for i, x := range xs {
				if !reflect.DeepEqual(x.Mentions, before[i]) {
					t.Errorf("%s: the mentions changed", x.Doc.ID)
				}
			}
			typeOf := map[string]string{}
			for _, e := range res.Entities {
				typeOf[e.ID] = e.Type
			}
			settled := map[string]map[int]resolve.Override{}
			for _, o := range res.Overrides {
				if o.Rule == "" || o.Type == o.From {
					t.Errorf("override %+v names no rule or changes nothing", o)
				}
				if settled[o.Doc] == nil {
					settled[o.Doc] = map[int]resolve.Override{}
				}
				settled[o.Doc][o.Mention] = o
			}
			if len(res.Overrides) == 0 {
				t.Error("no overrides: the corpus has names whose type reconciliation settles")
			}
			if o := (resolve.Reconciler{}).Run(xs).Overrides; o != nil {
				t.Errorf("%d overrides listed unasked", len(o))
			}
			for _, x := range xs {
				for i, id := range res.Links[x.Doc.ID] {
					if id == "" {
						continue
					}
					typ := x.Mentions[i].Type
					if o, ok := settled[x.Doc.ID][i]; ok {
						typ = o.Type
					}
					if typ != typeOf[id] {
						t.Errorf("%s mention %d %q: type %q, but its entity %s is a %s", x.Doc.ID, i, x.Mentions[i].Name, typ, id, typeOf[id])
					}
				}
			}
		})
	}
}

// TestRuleMemosLetGo checks that reconciliation lets go of the rules'
// memos before it makes the entities: on the sample corpus every rule has
// run, and several kept memos on the way.
func TestRuleMemosLetGo(t *testing.T) {
	if held := resolve.RuleMemosHeld(extracted(t, "../sources/ballard")); len(held) > 0 {
		t.Errorf("still held after the rules: %v", held)
	}
}
