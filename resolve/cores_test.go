package resolve_test

import (
	"context"
	"encoding/json"
	"path/filepath"
	"runtime"
	"sort"
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/pipeline/pipelinetest"
	"github.com/kgbuild/kg/resolve"
	"github.com/kgbuild/kg/sources"
)

// TestReconcileSameOnAnyCores reconciles development corpora with one
// core and with several: the parts of reconciliation that run on all
// cores must give the same entities, links and overrides.
func TestReconcileSameOnAnyCores(t *testing.T) {
	root := filepath.Dir(filepath.Dir(pipelinetest.SeedDir(t)))
	dirs := []string{pipelinetest.SeedDir(t), filepath.Join(root, "eval", "testdata", "realtune", "corpus"),
		filepath.Join(root, "eval", "testdata", "tuning", "corpus")}
	var xs []*extract.Extraction
	for _, dir := range dirs {
		docs, _, err := sources.Loader{}.Load(context.Background(), []string{dir})
		if err != nil {
			t.Fatalf("load %s: %v", dir, err)
		}
		sort.Slice(docs, func(i, j int) bool { return docs[i].ID < docs[j].ID })
		xs = append(xs, extract.Extractor{}.Run(pipelinetest.Parse(t, docs))...)
	}
	run := func(cores int) string {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(cores))
		res := resolve.Reconciler{}.Run(xs)
		out, err := json.Marshal(res)
		if err != nil {
			t.Fatal(err)
		}
		return string(out)
	}
	one := run(1)
	for _, cores := range []int{2, 4, 8} {
		if got := run(cores); got != one {
			t.Errorf("reconciled on %d cores: not what one core gives", cores)
		}
	}
	if len(one) < 1000 {
		t.Errorf("reconciliation gave almost nothing (%d bytes): the test compares nothing", len(one))
	}
}
