package pipeline

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/kgbuild/kg/build"
	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/layout"
	"github.com/kgbuild/kg/nlp"
	"github.com/kgbuild/kg/resolve"
	"github.com/kgbuild/kg/sources"
)

// FuzzPipelineStages feeds arbitrary text through structure, tokenize,
// extract, reconcile and build: whatever a document holds, no stage may
// panic, and every mention must point inside the text.
func FuzzPipelineStages(f *testing.F) {
	seeds, _ := filepath.Glob("../sources/ballard/*.txt")
	for _, p := range seeds {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b[:min(len(b), 2000)]))
		}
	}
	f.Add("= X (TV series) =\n- Starring: A B\n- A B as Det. C D, E's sister\nC D (played by F G), a cop\nH I — J K\n")
	f.Add("Portrayed by\n\n... \u00a0(\n| = |\n- -\n-\n-\n")
	tok := nlp.NewTokenizer()
	f.Fuzz(func(t *testing.T, text string) {
		d, err := sources.NewDocument("f.txt", []byte(text))
		if err != nil {
			return
		}
		blocks := (layout.Structurer{Fields: extract.Fields}).Run(d)
		sents, err := tok.Run(d, blocks)
		if err != nil {
			t.Fatal(err)
		}
		xs := (extract.Extractor{}).Run([]*nlp.Parsed{{Doc: d, Blocks: blocks, Sentences: sents}})
		for _, m := range xs[0].Mentions {
			if m.Start < 0 || m.End > len(d.Text) || m.Start > m.End || d.Text[m.Start:m.End] != m.Name {
				t.Fatalf("mention %q at %d-%d does not match the text", m.Name, m.Start, m.End)
			}
		}
		(build.Builder{}).Run(xs, (resolve.Reconciler{}).Run(xs))
	})
}
