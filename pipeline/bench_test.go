package pipeline_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/kgbuild/kg/build"
	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/internal/scalebench"
	"github.com/kgbuild/kg/layout"
	"github.com/kgbuild/kg/nlp"
	"github.com/kgbuild/kg/pipeline"
	"github.com/kgbuild/kg/pipeline/pipelinetest"
	"github.com/kgbuild/kg/resolve"
	"github.com/kgbuild/kg/sources"
)

// The benchmarks run each stage on the seed corpus, with the output of the
// stages before it made outside the timer:
//
//	go test -bench . -run '^$' ./pipeline
//
// The tokenizer's prose model is built once per process, on first use;
// every benchmark that tokenizes uses it once before resetting the timer, so
// that no figure includes building it.

// warmTokenizer tags a short document, so that the process-wide prose model
// is built before a benchmark's timer starts.
func warmTokenizer(b *testing.B) {
	b.Helper()
	d, err := sources.NewDocument("warm.txt", []byte("Maggie Q plays Renée Ballard in Los Angeles."))
	if err != nil {
		b.Fatal(err)
	}
	if _, err := nlp.NewTokenizer().Run(d, layout.Structurer{Fields: extract.Fields}.Run(d)); err != nil {
		b.Fatal(err)
	}
}

func BenchmarkLoad(b *testing.B) {
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		docs, _, err := sources.Loader{}.Load(ctx, []string{pipelinetest.SeedDir(b)})
		if err != nil || len(docs) == 0 {
			b.Fatal(err)
		}
	}
}

func BenchmarkStructure(b *testing.B) {
	benchStructure(b, pipelinetest.SeedDocs(b))
}

// benchStructure times the structure stage on docs.
func benchStructure(b *testing.B, docs []*sources.Document) {
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			if len(layout.Structurer{Fields: extract.Fields}.Run(d)) == 0 {
				b.Fatalf("%s: no blocks", d.ID)
			}
		}
	}
}

func BenchmarkTokenize(b *testing.B) {
	benchTokenize(b, pipelinetest.SeedDocs(b))
}

// benchTokenize times the tokenize stage on docs, their blocks read once
// before the timer starts.
func benchTokenize(b *testing.B, docs []*sources.Document) {
	b.Helper()
	blocks := make([][]layout.Block, len(docs))
	for i, d := range docs {
		blocks[i] = layout.Structurer{Fields: extract.Fields}.Run(d)
	}
	warmTokenizer(b)
	tok := nlp.NewTokenizer()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j, d := range docs {
			if _, err := tok.Run(d, blocks[j]); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkExtract(b *testing.B) {
	parsed := pipelinetest.Parse(b, pipelinetest.SeedDocs(b))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if xs := (extract.Extractor{}).Run(parsed); len(xs) != len(parsed) {
			b.Fatalf("%d extractions for %d documents", len(xs), len(parsed))
		}
	}
}

func BenchmarkReconcile(b *testing.B) {
	xs := extract.Extractor{}.Run(pipelinetest.Parse(b, pipelinetest.SeedDocs(b)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if res := (resolve.Reconciler{}).Run(xs); len(res.Entities) == 0 {
			b.Fatal("no entities")
		}
	}
}

func BenchmarkBuild(b *testing.B) {
	xs := extract.Extractor{}.Run(pipelinetest.Parse(b, pipelinetest.SeedDocs(b)))
	res := resolve.Reconciler{}.Run(xs)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if g := (build.Builder{}).Run(xs, res); len(g.Relations) == 0 {
			b.Fatal("no relations")
		}
	}
}

// BenchmarkIngest is the whole run, load to graph, as kg ingest does it.
func BenchmarkIngest(b *testing.B) {
	ctx := context.Background()
	warmTokenizer(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p, err := pipeline.New(pipeline.Config{})
		if err != nil {
			b.Fatal(err)
		}
		res, err := p.Run(ctx, []string{pipelinetest.SeedDir(b)})
		if err != nil {
			b.Fatal(err)
		}
		if len(res.Graph.Entities) == 0 {
			b.Fatal("no entities")
		}
	}
}

// scaledDocs builds a corpus of about size bytes as kgbench does (the
// development corpora's documents, copied with their capitalised words
// renamed per copy) and loads it: the seed corpus is too small to show how
// the stages' costs grow with the words and names of a corpus.
func scaledDocs(b *testing.B, size int64) []*sources.Document {
	b.Helper()
	docs, _, err := sources.Loader{}.Load(context.Background(), []string{scaledCorpus(b, size)})
	if err != nil {
		b.Fatal(err)
	}
	return docs
}

// scaledCorpus writes a corpus of about size bytes as kgbench does into a
// temporary folder and returns the folder.
func scaledCorpus(b *testing.B, size int64) string {
	b.Helper()
	dirs := make([]string, len(scalebench.SeedDirs))
	for i, d := range scalebench.SeedDirs {
		dirs[i] = filepath.Join("..", d)
	}
	seeds, err := scalebench.Seeds(dirs)
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	if _, _, err := scalebench.Build(dir, seeds, size); err != nil {
		b.Fatal(err)
	}
	return dir
}

// BenchmarkStructureScaled finds the blocks of a corpus of 250 kB (see
// scaledDocs): every line tried by the line recognizers in turn.
func BenchmarkStructureScaled(b *testing.B) {
	benchStructure(b, scaledDocs(b, 250_000))
}

// BenchmarkTokenizeScaled tokenizes a corpus of 250 kB (see scaledDocs).
func BenchmarkTokenizeScaled(b *testing.B) {
	benchTokenize(b, scaledDocs(b, 250_000))
}

// BenchmarkExtractScaled extracts from a corpus of 250 kB (see
// scaledDocs): both readings of its prose, with a lexicon of its names.
func BenchmarkExtractScaled(b *testing.B) {
	parsed := pipelinetest.Parse(b, scaledDocs(b, 250_000))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if xs := (extract.Extractor{}).Run(parsed); len(xs) != len(parsed) {
			b.Fatalf("%d extractions for %d documents", len(xs), len(parsed))
		}
	}
}
