package pipeline

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/kgbuild/kg/build"
	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/layout"
	"github.com/kgbuild/kg/nlp"
	"github.com/kgbuild/kg/resolve"
	"github.com/kgbuild/kg/sources"
)

// Config configures a Pipeline.
type Config struct {
	// MaxFileSize is the largest document accepted, in bytes (0: 16 MiB).
	MaxFileSize int64
	// Previous is the graph stored before this run, for stable ids.
	Previous *graph.Graph
	// Cache, when set, keeps parsed documents by content hash so that
	// unchanged documents are not parsed again.
	Cache ParseCache
	// FollowSymlinks follows symbolic links that lead outside the paths
	// given; without it they are reported and skipped.
	FollowSymlinks bool
	// Fetcher gets the web pages named by address; nil reports addresses
	// as problems.
	Fetcher sources.Fetcher
	// Progress, when set, is told how the run goes, so that a user
	// watching a long ingest sees it move. It is called from the goroutines
	// that parse documents, one call at a time.
	Progress func(Step)
	// LargeDocument is the size in bytes from which a document's parse is
	// announced before it starts (0: DefaultLargeDocument).
	LargeDocument int
}

// Step is one report of progress: a stage starting (Done 0), a document
// parsed (Done of Total), or a large document about to be parsed
// (Document and Size set), which may take a while on its own.
type Step struct {
	Stage       string
	Done, Total int
	Document    string
	Size        int
}

// DefaultLargeDocument is the size from which a document's parse is
// announced before it starts: about a second of work.
const DefaultLargeDocument = 1 << 20

// Pipeline runs the stages in order: load, structure, tokenize, extract,
// reconcile, build.
type Pipeline struct {
	load      sources.Loader
	structure layout.Structurer
	tokenize  *nlp.Tokenizer
	extract   extract.Extractor
	reconcile resolve.Reconciler
	build     build.Builder
	cache     ParseCache
	progress  func(Step)
	large     int
	mu        sync.Mutex // serialises progress calls and timings
}

// New builds a pipeline, validating its configuration before any work.
func New(cfg Config) (*Pipeline, error) {
	if cfg.MaxFileSize < 0 {
		return nil, fmt.Errorf("pipeline: max file size %d is negative", cfg.MaxFileSize)
	}
	load := sources.Loader{MaxSize: cfg.MaxFileSize, FollowSymlinks: cfg.FollowSymlinks, Fetcher: cfg.Fetcher}
	p := &Pipeline{load: load, structure: layout.Structurer{Fields: extract.Fields}, tokenize: nlp.NewTokenizer(), cache: cfg.Cache, progress: cfg.Progress, large: cfg.LargeDocument}
	if p.large == 0 {
		p.large = DefaultLargeDocument
	}
	if cfg.Previous != nil {
		p.reconcile.Previous = cfg.Previous.Entities
	}
	return p, nil
}

// Result is what a run produced.
type Result struct {
	Graph    *graph.Graph
	Problems sources.Problems // per-file problems; the other files were ingested
	Timings  map[string]time.Duration
	// Reused counts the documents whose parse came from the cache.
	Reused int
}

// Run ingests the documents under paths.
func (p *Pipeline) Run(ctx context.Context, paths []string) (*Result, error) {
	res := &Result{Timings: map[string]time.Duration{}}
	t := time.Now()
	docs, probs, err := p.load.Load(ctx, paths)
	res.Problems = probs
	res.Timings["load"] = time.Since(t)
	if err != nil {
		return res, err
	}
	parsed, reused, err := p.parse(ctx, docs, res.Timings)
	res.Reused = reused
	if err != nil {
		return res, err
	}
	t = time.Now()
	p.report(Step{Stage: "extract"})
	xs := p.extract.Run(parsed)
	res.Timings["extract"] = time.Since(t)
	t = time.Now()
	p.report(Step{Stage: "reconcile"})
	resolved := p.reconcile.Run(xs)
	res.Timings["reconcile"] = time.Since(t)
	t = time.Now()
	p.report(Step{Stage: "build"})
	res.Graph = p.build.Run(xs, resolved)
	res.Timings["build"] = time.Since(t)
	return res, nil
}

// Parse runs the structure and tokenize stages on docs.
func (p *Pipeline) Parse(ctx context.Context, docs []*sources.Document, timings map[string]time.Duration) ([]*nlp.Parsed, error) {
	out, _, err := p.parse(ctx, docs, timings)
	return out, err
}

func (p *Pipeline) parse(ctx context.Context, docs []*sources.Document, timings map[string]time.Duration) ([]*nlp.Parsed, int, error) {
	out := make([]*nlp.Parsed, len(docs))
	errs := make([]error, len(docs))
	reused := make([]bool, len(docs))
	work := make(chan int)
	done := 0 // documents parsed, under p.mu
	var wg sync.WaitGroup
	for w := 0; w < min(runtime.GOMAXPROCS(0), len(docs)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				out[i], reused[i], errs[i] = p.parseOne(docs[i], timings)
				p.mu.Lock()
				done++
				if p.progress != nil {
					p.progress(Step{Stage: "parse", Done: done, Total: len(docs)})
				}
				p.mu.Unlock()
			}
		}()
	}
	for i := range docs {
		if ctx.Err() != nil {
			break
		}
		work <- i
	}
	close(work)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, 0, err
	}
	n := 0
	for i := range docs {
		if errs[i] != nil {
			return nil, n, errs[i]
		}
		if reused[i] {
			n++
		}
	}
	return out, n, nil
}

// parseOne runs the layout and nlp stages on one document, or takes its
// parse from the cache; documents are parsed in parallel, so timings (the
// time each stage spent, summed over documents) are added under p.mu.
func (p *Pipeline) parseOne(d *sources.Document, timings map[string]time.Duration) (*nlp.Parsed, bool, error) {
	if p.cache != nil {
		if blocks, sents, ok := p.cache.Get(d.CacheKey()); ok {
			return &nlp.Parsed{Doc: d, Blocks: blocks, Sentences: sents}, true, nil
		}
	}
	if len(d.Text) >= p.large {
		p.report(Step{Stage: "parse", Document: d.Path, Size: len(d.Text)})
	}
	t := time.Now()
	blocks := p.structure.Run(d)
	t2 := time.Now()
	sents, err := p.tokenize.Run(d, blocks)
	if timings != nil {
		p.mu.Lock()
		timings["structure"] += t2.Sub(t)
		timings["tokenize"] += time.Since(t2)
		p.mu.Unlock()
	}
	if err != nil {
		return nil, false, fmt.Errorf("tokenize %s: %w", sources.DisplayPath(d.Path), err)
	}
	if p.cache != nil {
		_ = p.cache.Put(d.CacheKey(), blocks, sents) // a failed write costs a parse next time
	}
	return &nlp.Parsed{Doc: d, Blocks: blocks, Sentences: sents}, false, nil
}

// report passes a step to the Progress callback, if any, one at a time.
func (p *Pipeline) report(st Step) {
	if p.progress == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.progress(st)
}
