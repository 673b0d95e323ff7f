package pipeline_test

import (
	"context"
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

// TestParseIsCompact checks that a parse, made or read from the cache,
// holds its lists at their lengths, and the tokens of all its sentences in
// one array: the parse of every document is held through extraction's
// passes, and lists grown by appending hold up to twice what they need.
func TestParseIsCompact(t *testing.T) {
	cache, err := pipeline.NewDirCache(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	p, err := pipeline.New(pipeline.Config{Cache: cache})
	if err != nil {
		t.Fatal(err)
	}
	docs := pipelinetest.SeedDocs(t)
	loose := func(length, capacity int) bool { return capacity > length+length/4+1 } // more than size classes round to
	for _, from := range []string{"made", "cached"} {
		parsed, err := p.Parse(context.Background(), docs, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, pp := range parsed {
			if loose(len(pp.Blocks), cap(pp.Blocks)) || loose(len(pp.Sentences), cap(pp.Sentences)) {
				t.Errorf("%s, %s: %d blocks in room for %d, %d sentences in room for %d", from, pp.Doc.ID,
					len(pp.Blocks), cap(pp.Blocks), len(pp.Sentences), cap(pp.Sentences))
			}
			for i, s := range pp.Sentences {
				if cap(s.Tokens) != len(s.Tokens) {
					t.Errorf("%s, %s: sentence %d has %d tokens in room for %d", from, pp.Doc.ID, i, len(s.Tokens), cap(s.Tokens))
					break
				}
			}
		}
	}
}
