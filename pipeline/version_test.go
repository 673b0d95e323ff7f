package pipeline_test

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgbuild/kg/internal/golden"
	"github.com/kgbuild/kg/pipeline"
	"github.com/kgbuild/kg/pipeline/pipelinetest"
)

// versionCorpora are the corpora whose graphs TestGraphVersion watches:
// the sample corpus and the development corpora (never the real blind
// set), so that a change to any stage after the parse shows in at least
// one of them.
var versionCorpora = []string{"synthetic", "heldout", "blind", "tuning", "tuning2", "final", "realtune", "realhtml"}

// TestGraphVersion guards the extraction memos and the stored graph's
// stamp: both are reused by any binary with the same
// pipeline.GraphVersion, so a change to what the extract, resolve or build
// stage makes must come with a new version. The golden file holds the
// version and a hash of the graphs of the watched corpora; a new hash
// under the same version fails, even with -update.
func TestGraphVersion(t *testing.T) {
	seed := pipelinetest.SeedDir(t)
	dirs := []string{seed}
	for _, c := range versionCorpora {
		dirs = append(dirs, filepath.Join(seed, "..", "..", "eval", "testdata", c, "corpus"))
	}
	h := sha256.New()
	for _, dir := range dirs {
		g := pipelinetest.Graph(t, dir)
		for i := range g.Documents {
			g.Documents[i].Path = filepath.Base(g.Documents[i].Path) // where the corpus lies is no part of it
		}
		data, err := json.Marshal(g)
		if err != nil {
			t.Fatal(err)
		}
		h.Write(data)
	}
	got := fmt.Sprintf("%s %x\n", pipeline.GraphVersion, h.Sum(nil))
	path := filepath.Join("testdata", "graph-version.golden")
	if old, err := os.ReadFile(path); err == nil {
		oldVersion, _, _ := strings.Cut(string(old), " ")
		if oldVersion == pipeline.GraphVersion && string(old) != got {
			t.Fatalf("the graphs of the development corpora changed but pipeline.GraphVersion is still %s: bump it, then run with -update", oldVersion)
		}
	}
	golden.Check(t, path, []byte(got))
}
