package main

import (
	"fmt"
	"path/filepath"
	"time"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/pipeline"
	"github.com/urfave/cli/v2"
)

// sharedCacheUnused is how long an entry of a cache that several stores
// may share stays when no run reads or writes it.
const sharedCacheUnused = 30 * 24 * time.Hour

// pruneCache removes, after a committed ingest, the parse cache entries
// that no document uses any more. The embedded store's own cache
// (STORE/cache) holds the parses of that store's documents only, so it
// keeps exactly the documents of g; any other cache (Neo4j's in the
// user's cache directory, or --cache) may serve other stores too, and
// loses only the entries of other parse versions and those unused for
// sharedCacheUnused. A failure costs nothing but disk space.
func pruneCache(c *cli.Context, cache *pipeline.DirCache, g *graph.Graph) {
	if cache == nil {
		return
	}
	cfg := configOf(c)
	var keep map[string]bool
	if !cfg.UseNeo4j && filepath.Clean(cfg.CacheDir) == filepath.Join(cfg.StoreDir, "cache") {
		keep = map[string]bool{}
		for _, d := range g.Documents {
			keep[d.Hash] = true
		}
	}
	if _, err := cache.Prune(keep, sharedCacheUnused); err != nil {
		fmt.Fprintf(c.App.ErrWriter, "kg: note: %v\n", err)
	}
}
