package main

import (
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
			Usage: "directory of the embedded graph store (giving it selects the embedded store even when NEO4J_URI is set)"},
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
			Usage: "rows per Neo4j write statement"},
	}
}

// openStore opens the store the command line selects: Neo4j when --neo4j is
// given, or when a Neo4j address is set (flag or NEO4J_URI) and no store
// directory is (flag or KG_STORE); else the embedded store in --store. So an
// explicit --store still reaches the embedded store in a shell that has
// NEO4J_URI exported.
func openStore(c *cli.Context) (graph.Store, error) {
	cfg, ok := neo4jConfig(c)
	if !ok {
		return embedded.Open(c.String("store"))
	}
	return neo4j.Open(c.Context, cfg)
}

// neo4jConfig turns the flags into a Neo4j configuration; ok is false when
// the embedded store is selected.
func neo4jConfig(c *cli.Context) (cfg neo4j.Config, ok bool) {
	cfg = neo4j.Config{
		URI:       c.String("neo4j-uri"),
		Username:  c.String("neo4j-user"),
		Password:  c.String("neo4j-password"),
		Database:  c.String("neo4j-database"),
		BatchSize: c.Int("batch-size"),
	}
	switch {
	case c.Bool("neo4j"):
	case cfg.URI == "" || c.IsSet("store"):
		return cfg, false
	}
	if cfg.URI == "" {
		cfg.URI = defaultNeo4jURI
	}
	if cfg.Database == "" { // NEO4J_DATABASE set but empty
		cfg.Database = neo4j.DefaultDatabase
	}
	if cfg.Username == "" && cfg.Password != "" {
		cfg.Username = "neo4j"
	}
	return cfg, true
}
