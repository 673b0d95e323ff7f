package export

import (
	"bytes"
	"context"
	"fmt"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/kgbuild/kg/graph/neo4j"
	"github.com/kgbuild/kg/graph/neo4j/neo4jtest"
)

// TestCypherLoadsLikeTheStore loads the exported script into a real Neo4j
// (statement by statement through the driver, as SplitStatements splits
// it) and checks that it builds exactly what the Neo4j store writes for the
// same graph: the same nodes with the same labels and properties, the same
// relationships, and a graph that the store loads back unchanged. Running
// the script a second time must change nothing.
func TestCypherLoadsLikeTheStore(t *testing.T) {
	cfg := neo4jtest.Config(t)
	st := neo4jtest.Open(t, 0) // empties the database
	ctx := context.Background()
	g := fixture()

	if err := st.Replace(ctx, g); err != nil {
		t.Fatal(err)
	}
	want := dumpDatabase(t, cfg)
	wantGraph, err := st.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}

	var script bytes.Buffer
	if err := Cypher(&script, g); err != nil {
		t.Fatal(err)
	}
	stmts := SplitStatements(script.String())
	neo4jtest.Empty(t, cfg)
	for _, s := range stmts {
		neo4jtest.Run(t, cfg, s, nil)
	}
	got := dumpDatabase(t, cfg)
	t.Logf("store wrote %d nodes and %d relationships; the %d-statement script loaded %d nodes and %d relationships",
		len(want.nodes), len(want.rels), len(stmts), len(got.nodes), len(got.rels))
	compareDumps(t, "script", got, want)
	gotGraph, err := st.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(gotGraph, wantGraph) {
		t.Errorf("the store loads a different graph from the script's database:\ngot  %+v\nwant %+v", gotGraph, wantGraph)
	}

	for _, s := range stmts {
		neo4jtest.Run(t, cfg, s, nil)
	}
	compareDumps(t, "script run twice", dumpDatabase(t, cfg), want)

	// The schema the script creates is the one the store created on Open.
	var names []string
	for _, r := range neo4jtest.Run(t, cfg, "SHOW CONSTRAINTS YIELD name RETURN name", nil) {
		names = append(names, r["name"].(string))
	}
	for _, r := range neo4jtest.Run(t, cfg, "SHOW INDEXES YIELD name, type, owningConstraint WHERE type <> 'LOOKUP' AND owningConstraint IS NULL RETURN name", nil) {
		names = append(names, r["name"].(string))
	}
	sort.Strings(names)
	var scriptNames []string
	for _, s := range CypherSchema {
		scriptNames = append(scriptNames, regexp.MustCompile(`^CREATE (?:FULLTEXT )?(?:CONSTRAINT|INDEX) (\w+) `).FindStringSubmatch(s)[1])
	}
	sort.Strings(scriptNames)
	if !reflect.DeepEqual(names, scriptNames) {
		t.Errorf("database schema after neo4j.Open = %v, CypherSchema creates %v", names, scriptNames)
	}
}

// dump is a database's content in comparable form: one line per node
// (labels and properties) and per relationship (ends, type, properties),
// sorted.
type dump struct{ nodes, rels []string }

func dumpDatabase(t *testing.T, cfg neo4j.Config) dump {
	t.Helper()
	var d dump
	for _, r := range neo4jtest.Run(t, cfg, "MATCH (n) WHERE NOT n:KgLock RETURN labels(n) AS labels, properties(n) AS props", nil) {
		labels := toStrings(r["labels"])
		sort.Strings(labels)
		d.nodes = append(d.nodes, fmt.Sprintf("%v %s", labels, describe(r["props"])))
	}
	for _, r := range neo4jtest.Run(t, cfg, `MATCH (a)-[r]->(b)
RETURN coalesce(a.id, a.key) AS from, type(r) AS type, coalesce(b.id, b.key) AS to, properties(r) AS props`, nil) {
		d.rels = append(d.rels, fmt.Sprintf("%q -%s-> %q %s", r["from"], r["type"], r["to"], describe(r["props"])))
	}
	sort.Strings(d.nodes)
	sort.Strings(d.rels)
	return d
}

// describe prints a property map with its value types, so that an integer
// written where the store writes a float (or a missing property written as
// an empty one) shows as a difference. It leaves out the store's
// bookkeeping of generations (kg_new, kg_gone: see graph/neo4j), which the
// export does not write.
func describe(v any) string {
	m, _ := v.(map[string]any)
	keys := make([]string, 0, len(m))
	for k := range m {
		if !strings.HasPrefix(k, "kg_") {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	s := "{"
	for _, k := range keys {
		s += fmt.Sprintf("%s:%T=%#v ", k, m[k], m[k])
	}
	return s + "}"
}

func toStrings(v any) []string {
	var out []string
	for _, x := range v.([]any) {
		out = append(out, x.(string))
	}
	return out
}

func compareDumps(t *testing.T, what string, got, want dump) {
	t.Helper()
	if len(got.nodes) != len(want.nodes) || len(got.rels) != len(want.rels) {
		t.Errorf("%s: %d nodes and %d relationships, the store wrote %d and %d",
			what, len(got.nodes), len(got.rels), len(want.nodes), len(want.rels))
	}
	for _, pair := range []struct {
		kind      string
		got, want []string
	}{{"node", got.nodes, want.nodes}, {"relationship", got.rels, want.rels}} {
		gotSet := map[string]bool{}
		for _, s := range pair.got {
			gotSet[s] = true
		}
		wantSet := map[string]bool{}
		for _, s := range pair.want {
			wantSet[s] = true
			if !gotSet[s] {
				t.Errorf("%s: missing %s %s", what, pair.kind, s)
			}
		}
		for _, s := range pair.got {
			if !wantSet[s] {
				t.Errorf("%s: unexpected %s %s", what, pair.kind, s)
			}
		}
	}
}
