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
	"github.com/kgbuild/kg/internal/parallel"
	"github.com/kgbuild/kg/layout"
	"github.com/kgbuild/kg/nlp"
	"github.com/kgbuild/kg/resolve"
	"github.com/kgbuild/kg/sources"
)

// Config configures a Pipeline.
type Config struct {
	// MaxFileSize is the largest document accepted, in bytes (0: 16 MiB).
	MaxFileSize int64
	// Previous is the graph stored before this run, for stable ids. Only
	// its documents and its entities' ids, types, names and aliases are
	// read.
	Previous *graph.Graph
	// LoadPrevious, when Previous is nil, returns the graph stored before
	// this run (what Previous says is read, at least). It is called only
	// when the run builds a graph, so that a run that finds the stored
	// graph already its own (see Stamp) never reads it.
	LoadPrevious func(context.Context) (*graph.Graph, error)
	// Stamp is the stamp of the stored graph, "" when it has none. When
	// the documents loaded give the same stamp, the stored graph is
	// theirs: Run returns without extracting (Result.Unchanged).
	Stamp string
	// Cache, when set, keeps parsed documents by content hash so that
	// unchanged documents are not parsed again.
	Cache ParseCache
	// Memos, when set, keeps each document's extraction memo, so that a
	// re-ingest reads again only the documents an edit touches.
	Memos MemoCache
	// Fresh reads nothing that an earlier run left (parses, memos, the
	// stamp): every document is parsed and read. The caches are still
	// written, so that the next run is fast.
	Fresh bool
	// FollowSymlinks follows symbolic links that lead outside the paths
	// given; without it they are reported and skipped.
	FollowSymlinks bool
	// SkipDirs are folders the loader never reads (see sources.Loader.Skip).
	SkipDirs []string
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
	// ReingestGCPercent, when above 0, is the garbage collector's
	// percentage (see debug.SetGCPercent) for a run that re-ingests a
	// stored graph's documents from their memos, restored when the run
	// ends: such a run holds every memo while it reconciles the whole
	// corpus, and the collector's cycles over that heap were a tenth of
	// its processor time. A run that finds more than a quarter of its
	// documents without a memo keeps the setting it found.
	ReingestGCPercent int
	// HeapHeadroom, when above 0, caps the run's memory at this percent
	// over the largest live heap it has had (see heapCap): the collector
	// otherwise lets the heap grow to twice what its last cycle left.
	HeapHeadroom int
	// ReleaseModels lets go of the tagger's models (see nlp.ReleaseModels)
	// once the documents without a memo are parsed, before extraction:
	// a parse asked for later builds them again. A process that runs
	// one ingest sets it; one that runs many keeps them.
	ReleaseModels bool
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
	memos     MemoCache
	fresh     bool
	stamp     string
	previous  func(context.Context) (*graph.Graph, error)
	progress  func(Step)
	large     int
	gcPercent int
	headroom  int
	release   bool
	mu        sync.Mutex // serialises progress calls and timings
}

// New builds a pipeline, validating its configuration before any work.
func New(cfg Config) (*Pipeline, error) {
	if cfg.MaxFileSize < 0 {
		return nil, fmt.Errorf("pipeline: max file size %d is negative", cfg.MaxFileSize)
	}
	load := sources.Loader{MaxSize: cfg.MaxFileSize, FollowSymlinks: cfg.FollowSymlinks, Fetcher: cfg.Fetcher, Skip: cfg.SkipDirs}
	p := &Pipeline{load: load, structure: layout.Structurer{Fields: extract.Fields}, tokenize: nlp.NewTokenizer(), cache: cfg.Cache,
		memos: cfg.Memos, fresh: cfg.Fresh, stamp: cfg.Stamp, previous: cfg.LoadPrevious, progress: cfg.Progress, large: cfg.LargeDocument,
		gcPercent: cfg.ReingestGCPercent, headroom: cfg.HeapHeadroom, release: cfg.ReleaseModels,
		build: build.Builder{Consume: true}} // Run reads its extractions no more after the build
	if p.large == 0 {
		p.large = DefaultLargeDocument
	}
	if c, ok := cfg.Cache.(*DirCache); ok && !cfg.Fresh {
		nlp.KeepModelsIn(c.dir) // the tagger's tables, read by the next run that parses
	}
	if cfg.Previous != nil {
		prev := cfg.Previous
		p.previous = func(context.Context) (*graph.Graph, error) { return prev, nil }
	}
	return p, nil
}

// Result is what a run produced.
type Result struct {
	// Graph is the graph of the documents; nil when Unchanged.
	Graph    *graph.Graph
	Problems sources.Problems // per-file problems; the other files were ingested
	Timings  map[string]time.Duration
	// Stamp is the stamp of the documents loaded (see Stamp).
	Stamp string
	// Unchanged is set when the documents gave the stamp of the stored
	// graph: that graph is theirs, and nothing was extracted or built.
	Unchanged bool
	// Documents counts the documents loaded, and Kept those whose id and
	// content are as in the previous graph.
	Documents, Kept int
	// Parsed counts the documents parsed, Reused those whose parse came
	// from the cache, and Extracted those whose extraction was redone in
	// whole or in part (the others came from their memos).
	Parsed, Reused, Extracted int
}

// Run ingests the documents under paths.
func (p *Pipeline) Run(ctx context.Context, paths []string) (*Result, error) {
	res := &Result{Timings: map[string]time.Duration{}}
	t := time.Now()
	docs, probs, err := p.load.Load(ctx, paths)
	res.Problems = probs
	res.Documents = len(docs)
	if err == nil {
		res.Stamp = Stamp(docs)
	}
	for _, d := range docs {
		d.ReleaseRaw() // nothing after the readers reads the bytes
	}
	res.Timings["load"] = time.Since(t)
	if err != nil {
		return res, err
	}
	if p.stamp != "" && p.stamp == res.Stamp && !p.fresh {
		res.Unchanged, res.Kept = true, len(docs)
		return res, nil
	}
	// The extractor's checks on its expressions are derived on all cores
	// while the documents are parsed, rather than at their first uses.
	go extract.Prepare()
	gc := p.startGC()
	defer gc.restore()
	defer startCap(p.headroom, gc)()
	// The previous graph (for stable ids) is read while the documents are
	// extracted: on a re-ingest that reads memos, reading it is a good part
	// of the run.
	type loaded struct {
		g   *graph.Graph
		err error
	}
	prevc := make(chan loaded, 1)
	go func() {
		var l loaded
		if p.previous != nil {
			l.g, l.err = p.previous(ctx)
		}
		prevc <- l
	}()
	xs, err := p.extractDocs(ctx, docs, res, gc)
	l := <-prevc
	if err != nil {
		return res, err
	}
	if l.err != nil {
		return res, l.err
	}
	prev := l.g
	t = time.Now()
	p.report(Step{Stage: "reconcile"})
	rec := p.reconcile
	if prev != nil {
		rec.Previous = prev.Entities
		res.Kept = kept(prev, docs)
	}
	resolved := rec.Run(xs)
	// The build reads each mention's entity from the links, not the
	// mentions: let go of them (at 100 MB about 315 MB, a third of what
	// the build held beside the graph it makes).
	for _, x := range xs {
		x.Mentions = nil
	}
	res.Timings["reconcile"] = time.Since(t)
	t = time.Now()
	p.report(Step{Stage: "build"})
	res.Graph = p.build.Run(xs, resolved)
	res.Timings["build"] = time.Since(t)
	return res, nil
}

// kept counts the documents whose id and content hash are as in prev.
func kept(prev *graph.Graph, docs []*sources.Document) int {
	old := map[string]string{}
	for _, d := range prev.Documents {
		old[d.ID] = d.Hash
	}
	n := 0
	for _, d := range docs {
		if old[d.ID] == d.Hash {
			n++
		}
	}
	return n
}

// extractDocs runs the extract stage on docs: on their parses, or, with
// memos, on the memos of earlier runs, parsing only the documents that
// have none or whose memo no longer holds.
func (p *Pipeline) extractDocs(ctx context.Context, docs []*sources.Document, res *Result, gc *gcTune) ([]*extract.Extraction, error) {
	if p.memos == nil {
		parsed, reused, err := p.parse(ctx, docs, res.Timings)
		res.Parsed, res.Reused, res.Extracted = len(docs)-reused, reused, len(docs)
		if err != nil {
			return nil, err
		}
		p.releaseModels()
		t := time.Now()
		p.report(Step{Stage: "extract"})
		xs := p.extract.Run(parsed)
		res.Timings["extract"] = time.Since(t)
		return xs, nil
	}
	t := time.Now()
	memos := make([]*extract.Memo, len(docs))
	if !p.fresh {
		// A document without a memo whose parse is not cached will be
		// parsed: the tagger's models are built while the other memos are
		// read.
		var warm sync.Once
		parallel.Each(len(docs), func(i int) {
			if memos[i], _ = p.memos.GetMemo(docs[i]); memos[i] == nil && !p.parseCached(docs[i]) {
				warm.Do(nlp.WarmUp)
			}
		})
	}
	reading := time.Since(t)
	gc.memosRead(countNil(memos), len(docs))
	in, err := p.memoInputs(ctx, docs, memos, res)
	if err != nil {
		return nil, err
	}
	p.releaseModels()
	t = time.Now().Add(-reading) // the parses of documents without a memo are timed apart
	p.report(Step{Stage: "extract"})
	b, err := p.extract.RunMemo(in)
	if err != nil {
		return nil, err
	}
	res.Extracted = b.Read
	res.Timings["extract"] = time.Since(t) // with reading and writing the memos, and the parses the stage asked for
	return b.Extractions, nil
}

// releaseModels lets go of the tagger's models when the run is to.
func (p *Pipeline) releaseModels() {
	if p.release {
		nlp.ReleaseModels()
	}
}

// countNil counts the documents without a memo.
func countNil(memos []*extract.Memo) int {
	n := 0
	for _, m := range memos {
		if m == nil {
			n++
		}
	}
	return n
}

// parseCached reports whether d's parse is in the parse cache, as far as
// the cache tells without reading the entry (see DirCache.Has).
func (p *Pipeline) parseCached(d *sources.Document) bool {
	c, ok := p.cache.(interface{ Has(hash string) bool })
	return ok && !p.fresh && c.Has(d.CacheKey())
}

// memoInputs makes the extract stage's input from the documents and their
// memos (nil: none), parsing on all cores the documents that have none;
// the others are parsed only when the stage asks, since most memos serve.
func (p *Pipeline) memoInputs(ctx context.Context, docs []*sources.Document, memos []*extract.Memo, res *Result) ([]extract.Input, error) {
	in := make([]extract.Input, len(docs))
	var need []*sources.Document
	var at []int
	for i := range docs {
		d := docs[i]
		in[i].Doc, in[i].Memo = d, memos[i]
		// Each memo is written as soon as its document is read, so that
		// the run never holds every memo.
		in[i].Keep = func(m *extract.Memo, changed bool) {
			if changed {
				_ = p.memos.PutMemo(d, m) // a failed write costs a reading next time
			}
		}
		if memos[i] == nil {
			need, at = append(need, docs[i]), append(at, i)
		}
	}
	parsed, reused, err := p.parse(ctx, need, res.Timings)
	res.Parsed, res.Reused = len(need)-reused, reused
	if err != nil {
		return nil, err
	}
	for k, i := range at {
		pp := parsed[k]
		in[i].Parse = func() (*nlp.Parsed, error) { return pp, nil }
	}
	if p.cache != nil {
		for i := range in {
			d := docs[i]
			var kept parked // the parse let go after the trial reading, packed
			in[i].Drop = func(pp *nlp.Parsed) { kept = park(pp) }
			in[i].Again = func() (*nlp.Parsed, error) {
				if kept != nil {
					pp, err := unpark(d, kept)
					if kept = nil; err == nil {
						return pp, nil
					}
				}
				return p.again(d)
			}
		}
	}
	for i := range in {
		if in[i].Parse != nil {
			continue
		}
		d := docs[i]
		in[i].Parse = func() (*nlp.Parsed, error) {
			pp, fromCache, err := p.parseOne(d, res.Timings)
			p.mu.Lock()
			defer p.mu.Unlock()
			if fromCache {
				res.Reused++
			} else {
				res.Parsed++
			}
			return pp, err
		}
	}
	return in, nil
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
	if p.cache != nil && !p.fresh {
		if blocks, sents, ok := p.cache.Get(d.CacheKey()); ok {
			return compact(&nlp.Parsed{Doc: d, Blocks: blocks, Sentences: sents}), true, nil
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
	return compact(&nlp.Parsed{Doc: d, Blocks: blocks, Sentences: sents}), false, nil
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
