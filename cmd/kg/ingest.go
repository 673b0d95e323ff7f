package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"sort"
	"time"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/pipeline"
	"github.com/kgbuild/kg/sources"
	"github.com/urfave/cli/v2"
)

func ingestCommand() *cli.Command {
	return &cli.Command{
		Name:      "ingest",
		Usage:     "read documents and store their knowledge graph",
		UsageText: "kg ingest [--reset] [--progress] [--lock-timeout D] [--cache DIR] [--no-cache] [--from FILE]\n           [--follow-symlinks] [--offline] [--fetch-delay D] [--fetch-timeout D] [--cpuprofile FILE]\n           [--memprofile FILE] [PATH|URL...]",
		Description: "ingest reads the documents under each PATH (files, or folders with their subfolders, hidden\n" +
			"ones skipped; default: sources/ballard/) and the web pages at each URL: plain text, HTML and\n" +
			"Markdown, told apart by extension and content. A file listing URLs (one a line, '#' for\n" +
			"comments) and an RSS or Atom feed stand for the pages they name. It extracts entities and\n" +
			"relations, reconciles names across documents,\n" +
			"and makes the store hold the graph of exactly these documents: re-running on the same\n" +
			"documents changes nothing, an edited document replaces its own contribution, and a\n" +
			"document no longer given disappears with the facts only it supported. Entity ids are\n" +
			"kept from the previous graph wherever the same thing is found again.\n\n" +
			"A file that cannot be used (empty, binary, invalid UTF-8, over 16 MiB, missing, a link\n" +
			"leading outside the paths given) or a page that cannot be fetched is reported on\n" +
			"stderr with its path; the others are ingested and the exit code is 1. When no file\n" +
			"can be used, the stored graph is left as it was.",
		Flags: append([]cli.Flag{
			&cli.BoolFlag{Name: "reset", Usage: "forget the stored graph first: ids are not carried over"},
			&cli.BoolFlag{Name: "progress", Usage: "print progress lines even when stderr is not a terminal (they are printed on a terminal anyway)"},
			lockTimeoutFlag(),
			&cli.StringFlag{Name: "cpuprofile", Usage: "write a Go CPU profile of the ingest to `FILE` (for go tool pprof)"},
			&cli.StringFlag{Name: "memprofile", Usage: "write a Go heap profile to `FILE`, taken when the live heap was largest (for go tool pprof)"},
		}, append(cacheFlags(), sourceFlags()...)...),
		Action: func(c *cli.Context) error {
			if path := c.String("cpuprofile"); path != "" {
				stop, err := startCPUProfile(path)
				if err != nil {
					return err
				}
				defer stop()
			}
			if path := c.String("memprofile"); path != "" {
				stop, err := startPeakProfile(path)
				if err != nil {
					return err
				}
				defer func() {
					peak, err := stop()
					fmt.Fprintf(c.App.ErrWriter, "kg: live heap peaked at %d MB; heap profile in %s\n", peak>>20, path)
					if err != nil {
						fmt.Fprintf(c.App.ErrWriter, "kg: note: %v\n", err)
					}
				}()
			}
			paths, err := ingestInputs(c)
			if err != nil {
				return err
			}
			st, err := openStore(c)
			if err != nil {
				return err
			}
			defer st.Close(c.Context)
			unlock, err := lockWriter(c, st, "ingest")
			if err != nil {
				return err
			}
			defer unlock()
			return ingest(c, st, paths, c.Bool("reset"))
		},
	}
}

// startCPUProfile starts writing a CPU profile to path and returns the
// function that stops it and closes the file.
func startCPUProfile(path string) (func(), error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("cpu profile %s: %w", path, err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("cpu profile %s: %w", path, err)
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}

func ingest(c *cli.Context, st graph.Store, paths []string, reset bool) error {
	start := time.Now()
	stderr := c.App.ErrWriter
	progress := isTerminal(stderr) || c.Bool("progress")
	cfg, cache, err := ingestConfig(c, st, reset)
	if err != nil {
		return err
	}
	fetcher, err := sourceConfig(c, &cfg.Config)
	if err != nil {
		return err
	}
	if progress {
		cfg.Progress = (&progressPrinter{w: stderr}).step
	}
	p, err := pipeline.New(cfg.Config)
	if err != nil {
		return err
	}
	if progress {
		fmt.Fprintf(stderr, "kg: reading %d path(s)...\n", len(paths))
	}
	res, err := p.Run(c.Context, paths)
	for _, pr := range res.Problems {
		fmt.Fprintf(stderr, "kg: skipped %v\n", pr)
	}
	if ie, ok := interrupted(c.Context); ok {
		return fmt.Errorf("ingest: %w before writing; the stored graph is unchanged", ie)
	}
	if errors.Is(err, sources.ErrNoDocuments) {
		return fmt.Errorf("ingest: %w in %v; the stored graph is unchanged", err, displayPaths(paths))
	}
	if err != nil {
		return readFailure(fmt.Errorf("ingest: %w", err))
	}
	stats := cfg.StampStats
	if !res.Unchanged {
		if err := write(c, st, res, progress); err != nil {
			return err
		}
		pruneCache(c, cache, res.Graph)
		stats = res.Graph.Count()
	}
	printSummary(c.App.Writer, res, stats, time.Since(start))
	printFetches(c.App.Writer, fetcher)
	if len(res.Problems) > 0 {
		return cli.Exit(fmt.Sprintf("%d file(s) skipped", len(res.Problems)), exitError)
	}
	return nil
}

// ingestConfig makes the pipeline's configuration from the flags and the
// store: the stored graph's stamp (unless --reset or --no-cache), the
// stored graph for stable ids, read only if the run builds a graph
// (unless --reset), and the cache.
func ingestConfig(c *cli.Context, st graph.Store, reset bool) (ingestSettings, *pipeline.DirCache, error) {
	conf := configOf(c)
	var cfg ingestSettings
	if stamper, ok := st.(graph.Stamper); ok && !reset && !conf.CacheFresh {
		if stamp, ok, err := stamper.Stamp(c.Context); err == nil && ok {
			cfg.Stamp, cfg.StampStats = stamp.Inputs, stamp.Stats
		}
	}
	if !reset {
		load := st.Load
		if n, ok := st.(namesLoader); ok {
			load = n.LoadNames // all the pipeline reads of the previous graph
		}
		cfg.LoadPrevious = func(ctx context.Context) (*graph.Graph, error) {
			g, err := load(ctx)
			if err != nil {
				return nil, fmt.Errorf("read stored graph: %w", err)
			}
			return g, nil
		}
	}
	cfg.Fresh = conf.CacheFresh
	if os.Getenv("GOGC") == "" { // a user's own setting wins
		cfg.ReingestGCPercent = reingestGCPercent
	}
	cfg.HeapHeadroom, cfg.ReleaseModels = heapHeadroom, true
	if conf.CacheDir == "" {
		return cfg, nil, nil
	}
	cache, err := pipeline.NewDirCache(conf.CacheDir)
	if err != nil {
		return cfg, nil, err
	}
	cfg.Cache, cfg.Memos = cache, cache
	return cfg, cache, nil
}

// reingestGCPercent is the collector's percentage for a re-ingest from
// memos (see pipeline.Config.ReingestGCPercent): measured at 10 MB, one
// edit took a sixth less processor time than with the default 100, for
// a peak memory up to a sixth above a first ingest's.
const reingestGCPercent = 200

// heapHeadroom is how far over the largest live heap of a run its memory
// may grow, in percent (see pipeline.Config.HeapHeadroom).
const heapHeadroom = 50

// namesLoader is a store that reads the documents and the entities' ids,
// types, names and aliases of its graph faster than the whole graph: what
// a re-ingest needs of the previous graph to keep the ids.
type namesLoader interface {
	LoadNames(ctx context.Context) (*graph.Graph, error)
}

// ingestSettings is the pipeline's configuration with the counts the
// stored graph's stamp gives, for the summary of a run that leaves the
// stored graph as it is.
type ingestSettings struct {
	pipeline.Config
	StampStats graph.Stats
}

// write stores the graph of a run with its stamp, in a store that keeps
// stamps.
func write(c *cli.Context, st graph.Store, res *pipeline.Result, progress bool) error {
	g := res.Graph
	if progress {
		fmt.Fprintf(c.App.ErrWriter, "kg: writing %d entities and %d relations...\n", len(g.Entities), len(g.Relations))
	}
	var err error
	if stamper, ok := st.(graph.Stamper); ok {
		err = stamper.ReplaceStamped(c.Context, g, graph.Stamp{Inputs: res.Stamp, Stats: g.Count()})
	} else {
		err = st.Replace(c.Context, g)
	}
	if err != nil {
		return writeOutcome(c.Context, "ingest", err)
	}
	if ie, ok := interrupted(c.Context); ok {
		fmt.Fprintf(c.App.ErrWriter, "kg: ingest: %s after the new graph was committed\n", ie)
	}
	return nil
}

func printSummary(w io.Writer, res *pipeline.Result, stats graph.Stats, took time.Duration) {
	fmt.Fprintf(w, "ingested %s (%d unchanged) in %s; ", count(res.Documents, "document"), res.Kept, took.Round(time.Millisecond))
	if res.Unchanged {
		fmt.Fprintln(w, "the stored graph is already theirs: nothing parsed or read again")
	} else {
		fmt.Fprintf(w, "%d parsed, %s reused from the cache, %d of %s read again\n",
			res.Parsed, count(res.Reused, "parse"), res.Extracted, count(res.Documents, "document"))
	}
	printStats(w, stats)
	fmt.Fprint(w, "time by stage:")
	for _, s := range stageOrder(res.Timings) {
		fmt.Fprintf(w, " %s %s", s, res.Timings[s].Round(time.Millisecond))
	}
	fmt.Fprintln(w)
}

// pipelineStages are the stages in the order they run, the order their
// timings print in, so that the summary reads like the pipeline.
var pipelineStages = []string{"load", "structure", "tokenize", "extract", "reconcile", "build"}

// stageOrder returns the stages timed, those of pipelineStages first in
// pipeline order, then any other, sorted.
func stageOrder(timings map[string]time.Duration) []string {
	var out []string
	known := map[string]bool{}
	for _, s := range pipelineStages {
		known[s] = true
		if _, ok := timings[s]; ok {
			out = append(out, s)
		}
	}
	var other []string
	for s := range timings {
		if !known[s] {
			other = append(other, s)
		}
	}
	sort.Strings(other)
	return append(out, other...)
}

// count writes n and noun, in the plural unless n is one.
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// isTerminal reports whether w is a terminal, so that progress lines go
// only to people watching, not to logs and pipes.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
