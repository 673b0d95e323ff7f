package resolve_test

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
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

// variantExtractions makes n families of three characters who share a
// surname, named in full in one document about the family's series and,
// in another about it, by other forms: one with a middle name, one by a
// clipped given name, one with a slip in the surname. The given names
// repeat across families, so that the blocks of the given-name and
// spelling rules hold many names, more than one core's share.
func variantExtractions(n int) []*extract.Extraction {
	var xs []*extract.Extraction
	doc := func(id int, series string) *extract.Extraction {
		x := &extract.Extraction{Doc: &sources.Document{ID: fmt.Sprintf("d%05d", id), Kind: "article"}, Subject: 0}
		x.Mentions = append(x.Mentions, extract.Mention{Name: series, Type: graph.Series, Signal: extract.SigStructure, Confidence: 1})
		xs = append(xs, x)
		return x
	}
	char := func(x *extract.Extraction, name string) {
		x.Mentions = append(x.Mentions, extract.Mention{Name: name, Type: graph.Character, Signal: extract.SigStructure,
			Confidence: 1, Block: len(x.Mentions)})
	}
	for f := 0; f < n; f++ {
		series := "The " + word(-1-f)
		full, other := doc(2*f, series), doc(2*f+1, series)
		surname := word(100000 + f)
		for k := 0; k < 3; k++ {
			given := word((3*f + k) % 40)
			char(full, given+" "+surname)
			switch k {
			case 0:
				char(other, given+" "+word(200000+f)+" "+surname)
			case 1:
				char(other, given[:4]+" "+surname)
			default:
				slip := []byte(surname)
				slip[6] = "bcdfghjklmnprstvz"[(strings.IndexByte("bcdfghjklmnprstvz", slip[6])+1)%17]
				char(other, given+" "+string(slip))
			}
		}
	}
	return xs
}

// TestReconcileParallelSameOnAnyCores reconciles a corpus whose names
// fill the blocks of the rules that compare names on all cores (see
// variantExtractions) with one core and with four: the entities, links
// and overrides must be the same, and the rules must have joined names.
func TestReconcileParallelSameOnAnyCores(t *testing.T) {
	xs := variantExtractions(2000)
	run := func(cores int) string {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(cores))
		out, err := json.Marshal(resolve.Reconciler{}.Run(xs))
		if err != nil {
			t.Fatal(err)
		}
		return string(out)
	}
	one := run(1)
	for _, rule := range []string{"middle-name: ", "given-name-clipped: ", "spelling variant: "} {
		if !strings.Contains(one, rule) {
			t.Errorf("no merge %q: the corpus does not reach the rule", rule)
		}
	}
	for i := 0; i < 3; i++ {
		if got := run(4); got != one {
			t.Fatalf("reconciled on 4 cores: not what one core gives")
		}
	}
}
