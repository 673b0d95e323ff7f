package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/graph/embedded"
	"github.com/kgbuild/kg/graph/neo4j"
	"github.com/urfave/cli/v2"
)

// defaultNeo4jURI is where --neo4j looks when no address is given: the
// server that scripts/neo4j-local and docker-compose.yml start.
const defaultNeo4jURI = "bolt://127.0.0.1:7687"

// storeFlags are the global flags that choose and configure the store. The
// Neo4j ones read the same environment variables as Neo4j's own tools, so
// that eval "$(scripts/neo4j-local env)" is all a user needs.
func storeFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "store", Value: ".kg", EnvVars: []string{"KG_STORE"},
			Usage: "`DIR` of the embedded graph store (giving it selects the embedded store even when NEO4J_URI is set)"},
		&cli.BoolFlag{Name: "neo4j",
			Usage: "keep the graph in Neo4j instead of the embedded store (implied when NEO4J_URI is set and --store is not)"},
		&cli.StringFlag{Name: "neo4j-uri", EnvVars: []string{"NEO4J_URI"},
			Usage: "Neo4j server address (default with --neo4j: " + defaultNeo4jURI + ")"},
		&cli.StringFlag{Name: "neo4j-user", EnvVars: []string{"NEO4J_USERNAME"},
			Usage: "Neo4j user (default neo4j when a password is given)"},
		&cli.StringFlag{Name: "neo4j-password", EnvVars: []string{"NEO4J_PASSWORD"},
			Usage: "Neo4j password; prefer the environment variable, which other users cannot see in the process list"},
		&cli.StringFlag{Name: "neo4j-database", Value: neo4j.DefaultDatabase, EnvVars: []string{"NEO4J_DATABASE"},
			Usage: "Neo4j database"},
		&cli.IntFlag{Name: "batch-size", Value: neo4j.DefaultBatchSize,
			Usage: "rows per Neo4j write statement, each in its own transaction"},
	}
}

// cacheFlags are the flags of the commands that parse documents. They are
// resolved with the store flags into config.CacheDir, because where the
// cache belongs depends on the store.
func cacheFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "cache", EnvVars: []string{"KG_CACHE"},
			Usage: "`DIR` keeping parsed documents and their extractions by content hash, so unchanged ones are not read again " +
				"(default: STORE/cache with the embedded store, the user's cache directory/kg/parse with Neo4j)"},
		&cli.BoolFlag{Name: "no-cache", Usage: "parse and read every document and build the graph, taking nothing from the cache " +
			"or the stored graph's stamp (the cache is still written for the next run; fetched pages are neither used nor kept)"},
	}
}

// config is what the global flags, the command's cache flags and the
// environment decide: which store holds the graph, how to reach it, and
// where parses are cached. It is resolved once, before a command's action
// runs (see resolveConfig), so that every command reads one answer and no
// command interprets --store or NEO4J_URI on its own.
type config struct {
	// UseNeo4j is set when the graph is kept in Neo4j; otherwise it is in
	// the embedded store in StoreDir.
	UseNeo4j bool
	// StoreDir is the embedded store's directory (--store, KG_STORE).
	StoreDir string
	// Neo4j is how to reach the server, defaults filled in. Its URI is
	// empty when no server is configured at all (neither --neo4j nor an
	// address), which kg query, running on Neo4j whatever the store, needs
	// to know.
	Neo4j neo4j.Config
	// CacheDir keeps parsed documents and extraction memos by content
	// hash. It is empty when the command parses nothing.
	CacheDir string
	// CacheFresh is set by --no-cache: the cache is written, so that the
	// next run is fast, but not read.
	CacheFresh bool
}

// configKey is where resolveConfig leaves the config in the app's metadata
// for the command's action.
const configKey = "kg.config"

// resolveConfig reads the configuration from the command line. Neo4j holds
// the graph when --neo4j is given, or when a Neo4j address is set (flag or
// NEO4J_URI) and no store directory is (flag or KG_STORE); else the
// embedded store in --store does. So an explicit --store still reaches the
// embedded store in a shell that has NEO4J_URI exported.
//
// The parse cache, for a command that has the cache flags, is --cache (or
// KG_CACHE) when given, else STORE/cache beside the embedded store, else,
// with Neo4j, kg/parse in the user's cache directory: a Neo4j user's
// working directory is no place for it.
func resolveConfig(c *cli.Context) (config, error) {
	cfg := config{
		StoreDir: c.String("store"),
		Neo4j: neo4j.Config{
			URI:       c.String("neo4j-uri"),
			Username:  c.String("neo4j-user"),
			Password:  c.String("neo4j-password"),
			Database:  c.String("neo4j-database"),
			BatchSize: c.Int("batch-size"),
		},
	}
	cfg.UseNeo4j = c.Bool("neo4j") || cfg.Neo4j.URI != "" && !c.IsSet("store")
	if cfg.UseNeo4j && cfg.Neo4j.URI == "" {
		cfg.Neo4j.URI = defaultNeo4jURI
	}
	if cfg.Neo4j.Database == "" { // NEO4J_DATABASE set but empty
		cfg.Neo4j.Database = neo4j.DefaultDatabase
	}
	if cfg.Neo4j.Username == "" && cfg.Neo4j.Password != "" {
		cfg.Neo4j.Username = "neo4j"
	}
	if c.Command == nil || !definesFlag(c.Command.Flags, "cache") {
		return cfg, nil
	}
	cfg.CacheFresh = c.Bool("no-cache")
	switch {
	case c.String("cache") != "":
		cfg.CacheDir = c.String("cache")
	case !cfg.UseNeo4j:
		cfg.CacheDir = filepath.Join(cfg.StoreDir, "cache")
	default:
		dir, err := os.UserCacheDir()
		if err != nil && cfg.CacheFresh {
			return cfg, nil // nothing to read, and nowhere to write
		}
		if err != nil {
			return cfg, fmt.Errorf("no directory for the parse cache: %w\nhint: give one with --cache DIR (or KG_CACHE), or turn the cache off with --no-cache", err)
		}
		cfg.CacheDir = filepath.Join(dir, "kg", "parse")
	}
	return cfg, nil
}

// definesFlag reports whether flags hold the flag called name.
func definesFlag(flags []cli.Flag, name string) bool {
	for _, f := range flags {
		for _, n := range f.Names() {
			if n == name {
				return true
			}
		}
	}
	return false
}

// configOf returns the configuration resolved for the running command.
func configOf(c *cli.Context) config {
	cfg, _ := c.App.Metadata[configKey].(config)
	return cfg
}

// openStore opens the store the configuration selects, for writing:
// the embedded store's directory is made when missing.
func openStore(c *cli.Context) (graph.Store, error) {
	cfg := configOf(c)
	if cfg.UseNeo4j {
		return neo4j.Open(c.Context, cfg.Neo4j)
	}
	return embedded.Open(cfg.StoreDir)
}

// openGraph opens the selected store for reading. An embedded store that
// holds no graph yet is an error that says how to make one: a first run or
// a mistyped --store gets told so, instead of an empty store made on the
// spot and a graph of zeros.
func openGraph(c *cli.Context) (graph.Store, error) {
	cfg := configOf(c)
	if !cfg.UseNeo4j {
		_, err := os.Stat(filepath.Join(cfg.StoreDir, embedded.FileName))
		if errors.Is(err, fs.ErrNotExist) {
			ingest := "kg ingest [PATH...]"
			if c.IsSet("store") {
				ingest = "kg --store " + cfg.StoreDir + " ingest [PATH...]"
			}
			return nil, fmt.Errorf("%s: no graph in %s yet\nhint: make one with '%s' (PATH defaults to sources/), or give the --store of an existing graph",
				c.Command.Name, cfg.StoreDir, ingest)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", c.Command.Name, err)
		}
	}
	return openStore(c)
}

// loadGraph opens the selected store and reads the whole graph.
func loadGraph(c *cli.Context) (*graph.Graph, error) {
	st, err := openGraph(c)
	if err != nil {
		return nil, err
	}
	defer st.Close(c.Context)
	g, err := st.Load(c.Context)
	if err != nil {
		return nil, readFailure(fmt.Errorf("%s: %w", c.Command.Name, err))
	}
	return g, nil
}

// storeName names the selected store for messages: its directory, or the
// Neo4j server and database.
func storeName(cfg config) string {
	if cfg.UseNeo4j {
		return fmt.Sprintf("Neo4j database %q at %s", cfg.Neo4j.Database, neo4j.Redact(cfg.Neo4j.URI))
	}
	return cfg.StoreDir
}
