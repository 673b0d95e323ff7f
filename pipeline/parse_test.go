package pipeline_test

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/kgbuild/kg/internal/golden"
	"github.com/kgbuild/kg/pipeline"
	"github.com/kgbuild/kg/pipeline/pipelinetest"
)

// TestParallelParseIsDeterministic runs the whole pipeline on one core and
// on several: documents are parsed in parallel, and the graph must not
// depend on how many.
func TestParallelParseIsDeterministic(t *testing.T) {
	dir := pipelinetest.SeedDir(t)
	graphOn := func(procs int) []byte {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		data, err := json.Marshal(pipelinetest.Graph(t, dir))
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	one, four := graphOn(1), graphOn(4)
	if string(one) != string(four) {
		t.Errorf("the graph differs between 1 and 4 cores (%d and %d bytes)", len(one), len(four))
	}
}

// TestParseVersion guards the parse cache: the cache reuses a parse made by
// any binary with the same pipeline.ParseVersion, so a change to what the
// layout or nlp stage outputs must come with a new version. The golden file
// holds the version and a hash of the sample corpus's parse; a new hash
// under the same version fails, even with -update.
func TestParseVersion(t *testing.T) {
	parsed := pipelinetest.Parse(t, pipelinetest.SeedDocs(t))
	h := sha256.New()
	for _, p := range parsed {
		data, err := json.Marshal(struct {
			Blocks, Sentences any
		}{p.Blocks, p.Sentences})
		if err != nil {
			t.Fatal(err)
		}
		h.Write(data)
	}
	got := fmt.Sprintf("%s %x\n", pipeline.ParseVersion, h.Sum(nil))
	path := filepath.Join("testdata", "parse-version.golden")
	if old, err := os.ReadFile(path); err == nil {
		oldVersion, _, _ := strings.Cut(string(old), " ")
		if oldVersion == pipeline.ParseVersion && string(old) != got {
			t.Fatalf("the parse of the sample corpus changed but pipeline.ParseVersion is still %s: bump it, then run with -update", oldVersion)
		}
	}
	golden.Check(t, path, []byte(got))
}
