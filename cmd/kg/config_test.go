package main

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgbuild/kg/graph/neo4j"
	"github.com/kgbuild/kg/graph/neo4j/neo4jtest"
	"github.com/kgbuild/kg/graph/storetest"
	"github.com/urfave/cli/v2"
)

// resolvedConfig parses args (global flags, then a command: ingest, which
// has the cache flags, or stats, which has not) as kg does and returns the
// configuration the command's action would see.
func resolvedConfig(t *testing.T, args ...string) config {
	t.Helper()
	var cfg config
	capture := func(c *cli.Context) error {
		cfg = configOf(c)
		return nil
	}
	app := &cli.App{Name: "kg", Flags: storeFlags(), Writer: io.Discard, ErrWriter: io.Discard,
		Commands: []*cli.Command{
			{Name: "ingest", Flags: cacheFlags(), Before: withConfig(nil), Action: capture},
			{Name: "stats", Before: withConfig(nil), Action: capture},
		}}
	if err := app.Run(append([]string{"kg"}, args...)); err != nil {
		t.Fatal(err)
	}
	return cfg
}

// TestResolveConfig checks that the store, the Neo4j settings and the
// parse cache are resolved together: with Neo4j the cache goes to the
// user's cache directory, not to ./.kg/cache.
func TestResolveConfig(t *testing.T) {
	userCache := t.TempDir()
	neo4jCache := filepath.Join(userCache, "kg", "parse")
	defaultNeo4j := neo4j.Config{URI: "bolt://127.0.0.1:7687", Database: "neo4j", BatchSize: neo4j.DefaultBatchSize}
	unset := neo4j.Config{Database: "neo4j", BatchSize: neo4j.DefaultBatchSize}
	tests := []struct {
		name string
		env  map[string]string
		args []string
		want config
	}{
		{name: "embedded by default", args: []string{"ingest"},
			want: config{StoreDir: ".kg", Neo4j: unset, CacheDir: filepath.Join(".kg", "cache")}},
		{name: "cache beside the store", args: []string{"--store", "dir", "ingest"},
			want: config{StoreDir: "dir", Neo4j: unset, CacheDir: filepath.Join("dir", "cache")}},
		{name: "--no-cache: written, not read", args: []string{"--store", "dir", "ingest", "--no-cache"},
			want: config{StoreDir: "dir", Neo4j: unset, CacheDir: filepath.Join("dir", "cache"), CacheFresh: true}},
		{name: "--cache", args: []string{"ingest", "--cache", "elsewhere"},
			want: config{StoreDir: ".kg", Neo4j: unset, CacheDir: "elsewhere"}},
		{name: "KG_CACHE", env: map[string]string{"KG_CACHE": "fromenv"}, args: []string{"--neo4j", "ingest"},
			want: config{UseNeo4j: true, StoreDir: ".kg", Neo4j: defaultNeo4j, CacheDir: "fromenv"}},
		{name: "no cache for a command that parses nothing", args: []string{"stats"},
			want: config{StoreDir: ".kg", Neo4j: unset}},
		{name: "--neo4j alone: cache in the user's cache directory", args: []string{"--neo4j", "ingest"},
			want: config{UseNeo4j: true, StoreDir: ".kg", Neo4j: defaultNeo4j, CacheDir: neo4jCache}},
		{name: "NEO4J_URI selects neo4j",
			env:  map[string]string{"NEO4J_URI": "bolt://db:7687", "NEO4J_USERNAME": "kg", "NEO4J_PASSWORD": "pw", "NEO4J_DATABASE": "graph"},
			args: []string{"ingest"},
			want: config{UseNeo4j: true, StoreDir: ".kg", CacheDir: neo4jCache,
				Neo4j: neo4j.Config{URI: "bolt://db:7687", Username: "kg", Password: "pw", Database: "graph", BatchSize: neo4j.DefaultBatchSize}}},
		{name: "--store wins over NEO4J_URI", env: map[string]string{"NEO4J_URI": "bolt://db:7687"},
			args: []string{"--store", "dir", "ingest"},
			want: config{StoreDir: "dir", CacheDir: filepath.Join("dir", "cache"),
				Neo4j: neo4j.Config{URI: "bolt://db:7687", Database: "neo4j", BatchSize: neo4j.DefaultBatchSize}}},
		{name: "KG_STORE wins over NEO4J_URI", env: map[string]string{"NEO4J_URI": "bolt://db:7687", "KG_STORE": "dir"},
			args: []string{"stats"},
			want: config{StoreDir: "dir", Neo4j: neo4j.Config{URI: "bolt://db:7687", Database: "neo4j", BatchSize: neo4j.DefaultBatchSize}}},
		{name: "--neo4j wins over --store", env: map[string]string{"NEO4J_URI": "bolt://db:7687"},
			args: []string{"--store", "dir", "--neo4j", "ingest"},
			want: config{UseNeo4j: true, StoreDir: "dir", CacheDir: neo4jCache,
				Neo4j: neo4j.Config{URI: "bolt://db:7687", Database: "neo4j", BatchSize: neo4j.DefaultBatchSize}}},
		{name: "flags win over environment", env: map[string]string{"NEO4J_URI": "bolt://db:7687"},
			args: []string{"--neo4j-uri", "neo4j://other:7687", "--neo4j-password", "secret", "--batch-size", "50", "stats"},
			want: config{UseNeo4j: true, StoreDir: ".kg",
				Neo4j: neo4j.Config{URI: "neo4j://other:7687", Username: "neo4j", Password: "secret", Database: "neo4j", BatchSize: 50}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, k := range []string{"NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE", "KG_STORE", "KG_CACHE"} {
				setenv(t, k, tt.env[k])
			}
			setenv(t, "XDG_CACHE_HOME", userCache)
			if got := resolvedConfig(t, tt.args...); got != tt.want {
				t.Errorf("config =\n %+v\nwant\n %+v", got, tt.want)
			}
		})
	}
}

// setenv sets or, for an empty value, unsets an environment variable for
// the test.
func setenv(t *testing.T, key, value string) {
	t.Setenv(key, value) // restores the old value when t ends
	if value == "" {
		os.Unsetenv(key)
	}
}

func TestNeo4jUnreachable(t *testing.T) {
	setenv(t, "NEO4J_URI", "")
	code, _, stderr := runKG(t, "--neo4j-uri", "bolt://127.0.0.1:1", "stats")
	if code != exitError {
		t.Errorf("exit code %d, want %d", code, exitError)
	}
	if !strings.Contains(stderr, "scripts/neo4j-local start") {
		t.Errorf("stderr has no hint:\n%s", stderr)
	}
}

// TestExportFromNeo4jEqualsEmbedded writes one graph to both stores and
// checks that kg export and kg stats print the same bytes for each.
func TestExportFromNeo4jEqualsEmbedded(t *testing.T) {
	st := neo4jtest.Open(t, 0)
	if err := st.Replace(context.Background(), storetest.Sample()); err != nil {
		t.Fatal(err)
	}
	dir := vizStore(t, storetest.Sample())
	for _, cmd := range [][]string{{"export"}, {"stats"}} {
		code, fromEmbedded, stderr := runKG(t, append([]string{"--store", dir}, cmd...)...)
		if code != 0 {
			t.Fatalf("kg %v (embedded): exit %d: %s", cmd, code, stderr)
		}
		code, fromNeo4j, stderr := runKG(t, append([]string{"--neo4j"}, cmd...)...)
		if code != 0 {
			t.Fatalf("kg --neo4j %v: exit %d: %s", cmd, code, stderr)
		}
		if fromNeo4j != fromEmbedded {
			t.Errorf("kg %v differs between stores:\nembedded:\n%s\nneo4j:\n%s", cmd, fromEmbedded, fromNeo4j)
		}
	}
}

// TestNeo4jIngestCacheOutsideWorkingDir ingests into Neo4j from an empty
// working directory: the parse cache must go to the user's cache
// directory, and nothing may appear in the working directory.
func TestNeo4jIngestCacheOutsideWorkingDir(t *testing.T) {
	neo4jtest.Open(t, 0) // skips without NEO4J_URI; empties the database
	sources, err := filepath.Abs(seedDir)
	if err != nil {
		t.Fatal(err)
	}
	userCache := t.TempDir()
	setenv(t, "XDG_CACHE_HOME", userCache)
	setenv(t, "KG_CACHE", "")
	setenv(t, "KG_STORE", "")
	work := t.TempDir()
	t.Chdir(work)
	if code, _, stderr := runKG(t, "--neo4j", "ingest", sources); code != 0 {
		t.Fatalf("kg --neo4j ingest: exit %d: %s", code, stderr)
	}
	if entries, _ := os.ReadDir(work); len(entries) > 0 {
		t.Errorf("ingest into Neo4j left %s in the working directory", entries[0].Name())
	}
	if entries, _ := os.ReadDir(filepath.Join(userCache, "kg", "parse")); len(entries) == 0 {
		t.Errorf("no parses cached in %s", filepath.Join(userCache, "kg", "parse"))
	}
}

// TestNoGraphYet runs the commands that read the graph on a store that
// does not exist: each must say so and how to make one, exit 1, and create
// nothing.
func TestNoGraphYet(t *testing.T) {
	gold := t.TempDir()
	for _, f := range []string{"entities.tsv", "relations.tsv"} {
		if err := os.WriteFile(filepath.Join(gold, f), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name string
		args []string
	}{
		{"stats", []string{"stats"}},
		{"export", []string{"export"}},
		{"explain", []string{"explain", "Renée Ballard"}},
		{"conflicts", []string{"conflicts"}},
		{"viz", []string{"viz"}},
		{"eval", []string{"eval", "--gold", gold}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			store := filepath.Join(t.TempDir(), "nothing-here")
			if tt.name == "viz" {
				if _, err := exec.LookPath("dot"); err != nil {
					t.Skip("Graphviz dot not on PATH; kg viz stops before reading the store")
				}
			}
			r := cliRun(t, append([]string{"--store", store}, tt.args...)...)
			if r.code != exitError {
				t.Errorf("exit code %d, want %d\nstdout:\n%s\nstderr:\n%s", r.code, exitError, r.stdout, r.stderr)
			}
			for _, want := range []string{tt.name + ": no graph in " + store + " yet", "kg --store " + store + " ingest"} {
				if !strings.Contains(r.stderr, want) {
					t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
				}
			}
			if r.stdout != "" {
				t.Errorf("stdout = %q, want nothing", r.stdout)
			}
			if _, err := os.Stat(store); !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("%s made the store %s (stat: %v)", tt.name, store, err)
			}
		})
	}
}
