package pipeline_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgbuild/kg/pipeline"
	"github.com/kgbuild/kg/pipeline/pipelinetest"
)

// TestProgress checks what a watcher of a run is told: every document
// parsed, counted up to the total, each later stage as it starts, and a
// large document before its parse, which may take long on its own.
func TestProgress(t *testing.T) {
	dir := t.TempDir()
	seeds, err := filepath.Glob(filepath.Join(pipelinetest.SeedDir(t), "*.txt"))
	if err != nil || len(seeds) == 0 {
		t.Fatalf("seed documents: %v", err)
	}
	data, err := os.ReadFile(seeds[0])
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "small.txt"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	const largeSize = 20000
	large := strings.Repeat("The detective works in the city. ", largeSize/33+1)
	if err := os.WriteFile(filepath.Join(dir, "large.txt"), []byte(large), 0o644); err != nil {
		t.Fatal(err)
	}
	var steps []pipeline.Step
	p, err := pipeline.New(pipeline.Config{LargeDocument: largeSize, Progress: func(s pipeline.Step) { steps = append(steps, s) }})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.Run(context.Background(), []string{dir}); err != nil {
		t.Fatal(err)
	}
	var parsed, announced int
	var stages []string
	for _, s := range steps {
		switch {
		case s.Stage == "parse" && s.Document != "":
			announced++
			if !strings.HasSuffix(s.Document, "large.txt") || s.Size < largeSize {
				t.Errorf("announced %q (%d bytes), want only the large document", s.Document, s.Size)
			}
		case s.Stage == "parse":
			parsed++
			if s.Done != parsed || s.Total != 2 {
				t.Errorf("parse step %d: %d of %d", parsed, s.Done, s.Total)
			}
		default:
			stages = append(stages, s.Stage)
		}
	}
	if parsed != 2 || announced != 1 {
		t.Errorf("%d documents parsed, %d announced; want 2 and 1", parsed, announced)
	}
	if got := strings.Join(stages, ","); got != "extract,reconcile,build" {
		t.Errorf("stages reported: %s", got)
	}
}
