package main

import (
	"fmt"
	"io"
	"path/filepath"
	"time"

	"github.com/kgbuild/kg/pipeline"
	"github.com/kgbuild/kg/sources"
	"github.com/kgbuild/kg/sources/web"
	"github.com/urfave/cli/v2"
)

// sourceFlags are the ingest flags that say where documents come from and
// how web pages are fetched.
func sourceFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringSliceFlag{Name: "from", Usage: "read more PATHs and web addresses from `FILE`, one a line ('#' for comments; relative paths from the file's folder)"},
		&cli.BoolFlag{Name: "follow-symlinks", Usage: "follow symbolic links that lead outside the paths given (by default they are reported and skipped)"},
		&cli.BoolFlag{Name: "offline", Usage: "use the kept copies of web pages and fetch nothing"},
		&cli.DurationFlag{Name: "fetch-delay", Value: time.Second, Usage: "least time between two requests to one web site (a longer Crawl-delay in its robots.txt wins)"},
		&cli.DurationFlag{Name: "fetch-timeout", Value: 30 * time.Second, Usage: "longest wait for one web page"},
	}
}

// ingestInputs are the paths and addresses to ingest: the arguments and
// the entries of each --from list; sources/ballard when there are none.
func ingestInputs(c *cli.Context) ([]string, error) {
	paths := c.Args().Slice()
	for _, list := range c.StringSlice("from") {
		entries, err := sources.ReadSourceList(list)
		if err != nil {
			return nil, fmt.Errorf("ingest: %w", err)
		}
		paths = append(paths, entries...)
	}
	if len(paths) == 0 && len(c.StringSlice("from")) == 0 {
		paths = []string{"sources/ballard"}
	}
	return paths, nil
}

// sourceConfig sets the pipeline's source options from the flags: links,
// and the fetcher for web pages, which keeps what it fetches beside the
// parse cache (so that a re-ingest asks only whether pages changed, and
// works offline), or nowhere with --no-cache.
func sourceConfig(c *cli.Context, cfg *pipeline.Config) (*web.Fetcher, error) {
	cfg.FollowSymlinks = c.Bool("follow-symlinks")
	// The store and the cache may lie inside a folder being ingested
	// ("kg --store kgdata ingest ."): their files are no documents.
	for _, d := range []string{configOf(c).CacheDir, configOf(c).StoreDir} {
		if d != "" {
			cfg.SkipDirs = append(cfg.SkipDirs, d)
		}
	}
	dir := ""
	if cache := configOf(c).CacheDir; cache != "" && !configOf(c).CacheFresh {
		dir = filepath.Join(cache, "pages")
	}
	f, err := web.New(web.Config{Dir: dir, Offline: c.Bool("offline"), Delay: c.Duration("fetch-delay"), Timeout: c.Duration("fetch-timeout")})
	if err != nil {
		return nil, usagef("ingest: %v", err)
	}
	cfg.Fetcher = f
	return f, nil
}

// printFetches says what the fetcher did, when it did anything.
func printFetches(w io.Writer, f *web.Fetcher) {
	if f == nil {
		return
	}
	s := f.Stats()
	if s.Fetched+s.NotModified+s.Kept == 0 {
		return
	}
	fmt.Fprintf(w, "web pages: %d fetched, %d not modified since kept, %d kept copies used without asking\n", s.Fetched, s.NotModified, s.Kept)
}

// displayPaths shows paths for a message, each escaped as DisplayPath does.
func displayPaths(paths []string) []string {
	out := make([]string, len(paths))
	for i, p := range paths {
		out[i] = sources.DisplayPath(p)
	}
	return out
}
