// Package neo4jtest opens the Neo4j store for tests on an emptied database,
// so that every test that claims to test Neo4j runs against a real server.
//
// The server comes from the environment (NEO4J_URI, NEO4J_USERNAME,
// NEO4J_PASSWORD, NEO4J_DATABASE; scripts/neo4j-local env prints them).
// Without NEO4J_URI the tests skip, unless KG_REQUIRE_NEO4J=1 (as in CI),
// which turns the skip into a failure so that a missing server cannot pass
// unnoticed.
//
// Every test that uses the server holds a lock on it from its first call
// here until it ends, because go test runs packages in parallel processes
// and each test empties the one database (Community edition has no other).
// Tests within a package must not call t.Parallel.
package neo4jtest

import (
	"context"
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/kgbuild/kg/graph/neo4j"
	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Config returns the server configuration from the environment, or skips
// (fails, under KG_REQUIRE_NEO4J=1) t when NEO4J_URI is not set.
func Config(t testing.TB) neo4j.Config {
	t.Helper()
	uri := os.Getenv("NEO4J_URI")
	if uri == "" {
		if os.Getenv("KG_REQUIRE_NEO4J") == "1" {
			t.Fatal("neo4j: KG_REQUIRE_NEO4J=1 but NEO4J_URI is not set; start a server with scripts/neo4j-local start and eval \"$(scripts/neo4j-local env)\"")
		}
		t.Skip("neo4j: NEO4J_URI not set; start a server with scripts/neo4j-local start and eval \"$(scripts/neo4j-local env)\" to run this test")
	}
	cfg := neo4j.Config{
		URI:      uri,
		Username: os.Getenv("NEO4J_USERNAME"),
		Password: os.Getenv("NEO4J_PASSWORD"),
		Database: os.Getenv("NEO4J_DATABASE"),
	}
	lock(t, cfg)
	return cfg
}

// The lock on the database is taken once per process (tests of a package
// run one after another) and counted per test, so that a test and its
// subtests can all ask for it.
var (
	mu      sync.Mutex
	holders = map[testing.TB]bool{}
	unlock  func()
)

// lock makes t hold the cross-process lock on the database until it ends.
func lock(t testing.TB, cfg neo4j.Config) {
	t.Helper()
	mu.Lock()
	defer mu.Unlock()
	if holders[t] {
		return
	}
	if len(holders) == 0 {
		sum := sha256.Sum256([]byte(cfg.URI + "\x00" + cfg.Database))
		path := filepath.Join(os.TempDir(), fmt.Sprintf("kg-neo4jtest-%x.lock", sum[:8]))
		u, err := lockFile(path)
		if err != nil {
			t.Fatalf("neo4j: %v", err)
		}
		unlock = u
	}
	holders[t] = true
	t.Cleanup(func() {
		mu.Lock()
		defer mu.Unlock()
		delete(holders, t)
		if len(holders) == 0 {
			unlock()
		}
	})
}

// Open empties the database and opens a store on it with the given batch
// size (0 for the default); the store is closed when t ends. Tests that use
// it must not run in parallel: they share the database.
func Open(t testing.TB, batchSize int) *neo4j.Store {
	t.Helper()
	cfg := Config(t)
	cfg.BatchSize = batchSize
	Empty(t, cfg)
	ctx := context.Background()
	s, err := neo4j.Open(ctx, cfg)
	if err != nil {
		t.Fatalf("open neo4j store: %v", err)
	}
	t.Cleanup(func() { s.Close(ctx) })
	return s
}

// Empty deletes every node and relationship of the configured database, in
// transactions of at most 2,000 nodes, so that a large graph fits the
// server's transaction memory.
func Empty(t testing.TB, cfg neo4j.Config) {
	t.Helper()
	for {
		rows := Run(t, cfg, "MATCH (n) WITH n LIMIT 2000 DETACH DELETE n RETURN count(*) AS n", nil)
		if len(rows) == 0 || rows[0]["n"] == int64(0) {
			return
		}
	}
}

// Run runs one Cypher statement on the configured database, outside any
// store, and returns its records as maps: for tests that check what the
// store wrote in terms of nodes, labels and relationships.
func Run(t testing.TB, cfg neo4j.Config, cypher string, params map[string]any) []map[string]any {
	t.Helper()
	ctx := context.Background()
	auth := driver.NoAuth()
	if cfg.Username != "" || cfg.Password != "" {
		auth = driver.BasicAuth(cfg.Username, cfg.Password, "")
	}
	drv, err := driver.NewDriverWithContext(cfg.URI, auth)
	if err != nil {
		t.Fatalf("neo4j: %v", err)
	}
	defer drv.Close(ctx)
	db := cfg.Database
	if db == "" {
		db = neo4j.DefaultDatabase
	}
	res, err := driver.ExecuteQuery(ctx, drv, cypher, params, driver.EagerResultTransformer,
		driver.ExecuteQueryWithDatabase(db))
	if err != nil {
		t.Fatalf("neo4j: %s: %v", cypher, err)
	}
	var out []map[string]any
	for _, r := range res.Records {
		out = append(out, r.AsMap())
	}
	return out
}
