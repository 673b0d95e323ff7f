package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgbuild/kg/names"
)

// TestCLIRunOnLineIsNoName ingests a page whose cast field runs on for
// 10,000 characters: the run-on line must not become an entity, and the
// page must be ingested into either store (Neo4j cannot index a name that
// long, and refused the whole graph).
func TestCLIRunOnLineIsNoName(t *testing.T) {
	var words []string
	for i := range 2500 {
		words = append(words, fmt.Sprintf("Ab%c", 'a'+i%26))
	}
	src := t.TempDir()
	page := "= Nightfall (TV series) =\n- Starring: Dana Holt, " + strings.Join(words, " ") +
		"\n- Dana Holt as Detective Ivy Cole, a cop.\n\nNightfall stars Dana Holt as Ivy Cole.\n"
	if err := os.WriteFile(filepath.Join(src, "nightfall.txt"), []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	forEachStore(t, func(t *testing.T, s cliStore) {
		store := s.open(t)
		cliMustRun(t, cliArgs(store, "ingest", src)...)
		_, g := cliExportFrom(t, store)
		if len(g.Entities) == 0 {
			t.Fatal("no entities")
		}
		for _, e := range g.Entities {
			if names.TooLong(e.Name) {
				t.Errorf("entity %.60s… has a name of %d bytes", e.ID, len(e.Name))
			}
		}
	})
}
