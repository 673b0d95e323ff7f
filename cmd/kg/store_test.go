package main

import (
	"context"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/kgbuild/kg/graph/neo4j"
	"github.com/kgbuild/kg/graph/neo4j/neo4jtest"
	"github.com/kgbuild/kg/graph/storetest"
	"github.com/urfave/cli/v2"
)

// storeConfig parses args with the global store flags and returns what
// openStore would choose.
func storeConfig(t *testing.T, args ...string) (cfg neo4j.Config, useNeo4j bool) {
	t.Helper()
	app := &cli.App{Name: "kg", Flags: storeFlags(), Writer: io.Discard, ErrWriter: io.Discard,
		Action: func(c *cli.Context) error {
			cfg, useNeo4j = neo4jConfig(c)
			return nil
		}}
	if err := app.Run(append([]string{"kg"}, args...)); err != nil {
		t.Fatal(err)
	}
	return cfg, useNeo4j
}

func TestStoreSelection(t *testing.T) {
	tests := []struct {
		name      string
		env       map[string]string
		args      []string
		wantNeo4j bool
		want      neo4j.Config
	}{
		{name: "embedded by default"},
		{name: "--neo4j alone", args: []string{"--neo4j"}, wantNeo4j: true,
			want: neo4j.Config{URI: "bolt://127.0.0.1:7687", Database: "neo4j", BatchSize: 1000}},
		{name: "NEO4J_URI selects neo4j",
			env:       map[string]string{"NEO4J_URI": "bolt://db:7687", "NEO4J_USERNAME": "kg", "NEO4J_PASSWORD": "pw", "NEO4J_DATABASE": "graph"},
			wantNeo4j: true, want: neo4j.Config{URI: "bolt://db:7687", Username: "kg", Password: "pw", Database: "graph", BatchSize: 1000}},
		{name: "--store wins over NEO4J_URI", env: map[string]string{"NEO4J_URI": "bolt://db:7687"},
			args: []string{"--store", "dir"}},
		{name: "KG_STORE wins over NEO4J_URI", env: map[string]string{"NEO4J_URI": "bolt://db:7687", "KG_STORE": "dir"}},
		{name: "--neo4j wins over --store", env: map[string]string{"NEO4J_URI": "bolt://db:7687"},
			args: []string{"--store", "dir", "--neo4j"}, wantNeo4j: true,
			want: neo4j.Config{URI: "bolt://db:7687", Database: "neo4j", BatchSize: 1000}},
		{name: "flags win over environment", env: map[string]string{"NEO4J_URI": "bolt://db:7687"},
			args:      []string{"--neo4j-uri", "neo4j://other:7687", "--neo4j-password", "secret", "--batch-size", "50"},
			wantNeo4j: true, want: neo4j.Config{URI: "neo4j://other:7687", Username: "neo4j", Password: "secret", Database: "neo4j", BatchSize: 50}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, k := range []string{"NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE", "KG_STORE"} {
				setenv(t, k, tt.env[k])
			}
			cfg, useNeo4j := storeConfig(t, tt.args...)
			if useNeo4j != tt.wantNeo4j {
				t.Fatalf("use Neo4j = %v, want %v", useNeo4j, tt.wantNeo4j)
			}
			if useNeo4j && cfg != tt.want {
				t.Errorf("config = %+v, want %+v", cfg, tt.want)
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
