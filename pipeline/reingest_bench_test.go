package pipeline_test

import (
	"context"
	"testing"

	"github.com/kgbuild/kg/internal/scalebench"
	"github.com/kgbuild/kg/pipeline"
)

// BenchmarkReingestOneEdit re-ingests a corpus of 250 kB (built as
// kgbench builds its corpora) after one sentence is added to one of its
// documents, with the parse cache, the memos and the graph of the run
// before, as kg ingest does: the memos of every other document read and
// decoded, reconciliation and the build over the whole corpus. The cold
// run that fills the caches is outside the timer; each round edits the
// same document again.
func BenchmarkReingestOneEdit(b *testing.B) {
	corpus := scaledCorpus(b, 250_000)
	cache, err := pipeline.NewDirCache(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	run := func(prev *pipeline.Result) *pipeline.Result {
		cfg := pipeline.Config{Cache: cache, Memos: cache}
		if prev != nil {
			cfg.Previous, cfg.Stamp = prev.Graph, prev.Stamp
		}
		p, err := pipeline.New(cfg)
		if err != nil {
			b.Fatal(err)
		}
		res, err := p.Run(context.Background(), []string{corpus})
		if err != nil {
			b.Fatal(err)
		}
		if res.Graph == nil || len(res.Graph.Entities) == 0 {
			b.Fatal("no graph")
		}
		return res
	}
	res := run(nil)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		if err := scalebench.Edit(corpus); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		res = run(res)
		if res.Parsed != 1 || res.Extracted >= res.Documents {
			b.Fatalf("%d documents parsed and %d read again of %d, want 1 and fewer", res.Parsed, res.Extracted, res.Documents)
		}
	}
}
