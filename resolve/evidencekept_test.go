package resolve_test

import (
	"context"
	"path/filepath"
	"sort"
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/pipeline/pipelinetest"
	"github.com/kgbuild/kg/resolve"
	"github.com/kgbuild/kg/sources"
)

// TestEvidenceKept checks, on the sample corpus and development corpora,
// that the name evidence kept up to date as the rules join names is,
// after every rule, the evidence gathered anew from the state.
func TestEvidenceKept(t *testing.T) {
	root := filepath.Dir(filepath.Dir(pipelinetest.SeedDir(t)))
	tests := []struct{ name, dir string }{{"seed", pipelinetest.SeedDir(t)}}
	for _, c := range []string{"synthetic", "heldout", "blind", "tuning", "tuning2", "final", "seedweb", "realtune", "realhtml"} {
		tests = append(tests, struct{ name, dir string }{c, filepath.Join(root, "eval", "testdata", c, "corpus")})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, _, err := sources.Loader{}.Load(context.Background(), []string{tt.dir})
			if err != nil {
				t.Fatalf("load %s: %v", tt.dir, err)
			}
			sort.Slice(docs, func(i, j int) bool { return docs[i].ID < docs[j].ID })
			xs := extract.Extractor{}.Run(pipelinetest.Parse(t, docs))
			n := resolve.EvidenceChanges(xs)
			t.Logf("%d documents, %d unions after the evidence was gathered", len(xs), n)
			if n == 0 {
				t.Fatalf("no union after the evidence was gathered: the test compares nothing")
			}
			if err := resolve.EvidenceKept(xs); err != nil {
				t.Fatal(err)
			}
		})
	}
}
