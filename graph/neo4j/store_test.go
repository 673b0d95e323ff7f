package neo4j_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/graph/neo4j"
	"github.com/kgbuild/kg/graph/neo4j/neo4jtest"
	"github.com/kgbuild/kg/graph/storetest"
)

// TestStore runs the shared store contract against a real server, with a
// tiny batch size so that every statement is split into several batches.
func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) graph.Store { return neo4jtest.Open(t, 3) })
}

func TestStoreDefaultBatchSize(t *testing.T) {
	s := neo4jtest.Open(t, 0)
	ctx := context.Background()
	if err := s.Replace(ctx, storetest.Sample()); err != nil {
		t.Fatal(err)
	}
	g, err := s.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}
	storetest.Equal(t, storetest.Sample(), g)
}

// TestModel checks the nodes, labels and relationships that Cypher users see.
func TestModel(t *testing.T) {
	s := neo4jtest.Open(t, 0)
	cfg := neo4jtest.Config(t)
	if err := s.Replace(context.Background(), storetest.Sample()); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		cypher string
		want   int64
	}{
		{"entities", "MATCH (e:Entity) RETURN count(e) AS n", 8},
		{"characters by label", "MATCH (e:Character) RETURN count(e) AS n", 2},
		{"persons by label", "MATCH (e:Entity:Person) RETURN count(e) AS n", 2},
		{"one type label each", "MATCH (e:Entity) WHERE size(labels(e)) <> 2 OR NOT e.type IN labels(e) RETURN count(e) AS n", 0},
		{"documents", "MATCH (d:Document) RETURN count(d) AS n", 3},
		{"mentions", "MATCH (:Entity)-[m:MENTIONED_IN]->(:Document) RETURN count(m) AS n", 9},
		{"mention counts", "MATCH (:Entity {id: 'character-renee-ballard'})-[m:MENTIONED_IN]->(:Document {id: 'doc-000'}) RETURN m.count AS n", 8},
		{"fact edges", "MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n", 10},
		{"plays", "MATCH (:Person {name: 'Maggie Q'})-[r:PLAYS]->(:Character {name: 'Renée Ballard'}) RETURN size(r.evidence_texts) AS n", 2},
		{"variants", "MATCH (:Entity)-[:HAS_VARIANT]->(v:Variant) RETURN count(v) AS n", 4},
		{"variant uses", "MATCH (:Variant)-[u:USED_IN]->(:Document) RETURN count(u) AS n", 8},
		{"spelled without accent in doc-002", "MATCH (:Entity {name: 'Renée Ballard'})-[:HAS_VARIANT]->(v:Variant {name: 'Renee Ballard'})-[u:USED_IN]->(:Document {id: 'doc-002'}) RETURN u.count AS n", 2},
		{"conflict about entity", "MATCH (:Conflict {kind: 'spelling'})-[:ABOUT]->(:Entity {id: 'character-renee-ballard'}) RETURN count(*) AS n", 1},
		{"claims", "MATCH (:Conflict)-[:HAS_CLAIM]->(c:Claim) RETURN count(c) AS n", 2},
		{"claim documents", "MATCH (:Claim {value: 'Renée Ballard'})-[:ASSERTED_BY]->(d:Document) RETURN count(d) AS n", 2},
		{"the lock node", "MATCH (l:KgLock {id: 'graph'}) WHERE l.generation > 0 RETURN count(l) AS n", 1},
		{"all nodes", "MATCH (n) RETURN count(n) AS n", 8 + 3 + 4 + 1 + 2 + 1},
		{"all relationships", "MATCH ()-[r]->() RETURN count(r) AS n", 9 + 10 + 4 + 8 + 1 + 2 + 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := neo4jtest.Run(t, cfg, tt.cypher, nil)
			if len(rows) != 1 {
				t.Fatalf("%d rows, want 1", len(rows))
			}
			if got := rows[0]["n"]; got != tt.want {
				t.Errorf("got %v, want %d", got, tt.want)
			}
		})
	}
}

// counts returns the number of nodes and relationships in the database.
func counts(t *testing.T, cfg neo4j.Config) (nodes, rels int64) {
	t.Helper()
	n := neo4jtest.Run(t, cfg, "MATCH (n) RETURN count(n) AS n", nil)
	r := neo4jtest.Run(t, cfg, "MATCH ()-[r]->() RETURN count(r) AS n", nil)
	return n[0]["n"].(int64), r[0]["n"].(int64)
}

func TestReplaceTwiceKeepsCounts(t *testing.T) {
	s := neo4jtest.Open(t, 2)
	cfg := neo4jtest.Config(t)
	ctx := context.Background()
	if err := s.Replace(ctx, storetest.Sample()); err != nil {
		t.Fatal(err)
	}
	n1, r1 := counts(t, cfg)
	ids1 := neo4jtest.Run(t, cfg, "MATCH (n) RETURN elementId(n) AS id ORDER BY id", nil)
	if err := s.Replace(ctx, storetest.Sample()); err != nil {
		t.Fatal(err)
	}
	n2, r2 := counts(t, cfg)
	if n1 != n2 || r1 != r2 {
		t.Errorf("after a second Replace: %d nodes, %d relationships; want %d, %d", n2, r2, n1, r1)
	}
	ids2 := neo4jtest.Run(t, cfg, "MATCH (n) RETURN elementId(n) AS id ORDER BY id", nil)
	if len(ids1) != len(ids2) {
		t.Fatalf("element ids: %d then %d", len(ids1), len(ids2))
	}
	for i := range ids1 {
		if ids1[i]["id"] != ids2[i]["id"] {
			t.Fatalf("node element ids changed on an identical Replace: %v then %v", ids1[i]["id"], ids2[i]["id"])
		}
	}
}

// TestFailedReplaceRollsBack makes Replace fail part-way through its
// transaction and checks that the previous graph is still there, whole.
func TestFailedReplaceRollsBack(t *testing.T) {
	s := neo4jtest.Open(t, 1)
	cfg := neo4jtest.Config(t)
	ctx := context.Background()
	if err := s.Replace(ctx, storetest.Sample()); err != nil {
		t.Fatal(err)
	}
	n1, r1 := counts(t, cfg)
	other := &graph.Graph{
		Documents: []graph.Document{{ID: "only", Path: "only.txt", Hash: "h"}},
		Entities:  []graph.Entity{{ID: "x", Type: graph.Place, Name: "X"}, {ID: "y", Type: graph.Place, Name: "Y"}},
	}
	neo4j.SetFailAfter(s, 12) // after the deletes, the document and one entity
	err := s.Replace(ctx, other)
	if err == nil || !strings.Contains(err.Error(), "injected failure") {
		t.Fatalf("Replace = %v, want the injected failure", err)
	}
	neo4j.SetFailAfter(s, 0)
	n2, r2 := counts(t, cfg)
	if n1 != n2 || r1 != r2 {
		t.Errorf("after a failed Replace: %d nodes, %d relationships; want %d, %d", n2, r2, n1, r1)
	}
	g, err := s.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}
	storetest.Equal(t, storetest.Sample(), g)
}

func TestTypeChangeMovesLabel(t *testing.T) {
	s := neo4jtest.Open(t, 0)
	cfg := neo4jtest.Config(t)
	ctx := context.Background()
	g := &graph.Graph{Entities: []graph.Entity{{ID: "late-show", Type: graph.Book, Name: "The Late Show"}}}
	if err := s.Replace(ctx, g); err != nil {
		t.Fatal(err)
	}
	g.Entities[0].Type = graph.Series
	if err := s.Replace(ctx, g); err != nil {
		t.Fatal(err)
	}
	rows := neo4jtest.Run(t, cfg, "MATCH (e:Entity {id: 'late-show'}) RETURN labels(e) AS labels, e.type AS type", nil)
	if len(rows) != 1 {
		t.Fatalf("%d nodes for one entity", len(rows))
	}
	labels := rows[0]["labels"].([]any)
	if len(labels) != 2 || rows[0]["type"] != "Series" {
		t.Errorf("labels %v, type %v; want [Entity Series], Series", labels, rows[0]["type"])
	}
	for _, l := range labels {
		if l == "Book" {
			t.Errorf("old label Book kept: %v", labels)
		}
	}
}

func TestReplaceRejectsDanglingEdges(t *testing.T) {
	s := neo4jtest.Open(t, 0)
	ctx := context.Background()
	if err := s.Replace(ctx, storetest.Sample()); err != nil {
		t.Fatal(err)
	}
	bad := storetest.Sample()
	bad.Relations[0].To = "no-such-entity"
	err := s.Replace(ctx, bad)
	if err == nil || !strings.Contains(err.Error(), `unknown entity "no-such-entity"`) {
		t.Fatalf("Replace = %v, want an unknown entity error", err)
	}
	g, err := s.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}
	storetest.Equal(t, storetest.Sample(), g)
}

func TestOpenUnknownDatabase(t *testing.T) {
	cfg := neo4jtest.Config(t)
	cfg.Database = "nosuchdatabase"
	_, err := neo4j.Open(context.Background(), cfg)
	if err == nil || !strings.Contains(err.Error(), `database "nosuchdatabase" does not exist`) {
		t.Fatalf("Open = %v, want a hint that the database does not exist", err)
	}
}

// TestOpenWrongPassword runs against a server with authentication on; on a
// server without it any password is accepted, which the test checks instead.
func TestOpenWrongPassword(t *testing.T) {
	cfg := neo4jtest.Config(t)
	authOn := cfg.Password != ""
	if cfg.Username == "" {
		cfg.Username = "neo4j"
	}
	cfg.Password = "definitely-not-the-password"
	s, err := neo4j.Open(context.Background(), cfg)
	if !authOn {
		if err != nil {
			t.Fatalf("Open on a server without authentication = %v, want success", err)
		}
		s.Close(context.Background())
		return
	}
	if err == nil {
		s.Close(context.Background())
		t.Fatal("Open with a wrong password succeeded")
	}
	if !strings.Contains(err.Error(), "check NEO4J_USERNAME and NEO4J_PASSWORD") {
		t.Errorf("Open = %v, want a hint about the credentials", err)
	}
}

// TestOpenUnreachable needs no server: nothing listens on port 1.
func TestOpenUnreachable(t *testing.T) {
	tests := []struct {
		name string
		cfg  neo4j.Config
		want string
	}{
		{"no uri", neo4j.Config{}, "set NEO4J_URI"},
		{"nothing listening", neo4j.Config{URI: "bolt://127.0.0.1:1"}, "scripts/neo4j-local start"},
		{"bad scheme", neo4j.Config{URI: "http://127.0.0.1:7474"}, "neo4j: http://127.0.0.1:7474"},
		{"negative batch", neo4j.Config{URI: "bolt://127.0.0.1:1", BatchSize: -1}, "batch size -1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := neo4j.Open(context.Background(), tt.cfg)
			if err == nil {
				s.Close(context.Background())
				t.Fatal("Open succeeded")
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Open = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestCanceledLoad(t *testing.T) {
	s := neo4jtest.Open(t, 0)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.Load(ctx); !errors.Is(err, context.Canceled) {
		t.Errorf("Load with a canceled context = %v, want context.Canceled", err)
	}
}
