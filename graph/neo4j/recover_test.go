package neo4j_test

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/graph/neo4j/neo4jtest"
	"github.com/kgbuild/kg/graph/storetest"
)

// TestInterruptedWrite leaves the database as a writer killed before or
// after its switch leaves it, and checks that readers see the stored
// generation whole without writing, and that the next writer finishes the
// interrupted write: rolled back before the switch, forward after.
func TestInterruptedWrite(t *testing.T) {
	tests := []struct {
		name string
		// left is run on a database holding the sample at generation 1.
		left string
		// gone is the document the readers must not see.
		gone string
	}{
		{"killed before its switch: what it staged is not seen, then removed",
			`MATCH (l:KgLock) SET l.pending = 2
CREATE (:Document {id: 'staged', path: 'staged.txt', hash: 'h', size: 1, kg_new: 2})
WITH 1 AS one MATCH (d:Document) WHERE d.id <> 'staged' WITH d LIMIT 1 SET d.kg_gone = 2`, "staged"},
		{"killed after its switch: what it retired is not seen, then removed",
			`MATCH (l:KgLock) SET l.pending = 2, l.generation = 2
CREATE (:Document {id: 'retired', path: 'retired.txt', hash: 'h', size: 1, kg_gone: 2})`, "retired"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := neo4jtest.Open(t, 2)
			cfg := neo4jtest.Config(t)
			ctx := context.Background()
			if err := s.Replace(ctx, storetest.Sample()); err != nil {
				t.Fatal(err)
			}
			clean, cleanRels := counts(t, cfg)
			neo4jtest.Run(t, cfg, tt.left, nil)
			left, leftRels := counts(t, cfg)
			for _, read := range []func() (*graph.Graph, error){func() (*graph.Graph, error) { return s.Load(ctx) },
				func() (*graph.Graph, error) { return s.Load(ctx) }} {
				g, err := read()
				if err != nil {
					t.Fatal(err)
				}
				storetest.Equal(t, storetest.Sample(), g)
			}
			if n, r := counts(t, cfg); n != left || r != leftRels {
				t.Errorf("a reader wrote: %d nodes, %d relationships; want %d, %d", n, r, left, leftRels)
			}
			if err := s.Replace(ctx, storetest.Sample()); err != nil {
				t.Fatal(err)
			}
			if n, r := counts(t, cfg); n != clean || r != cleanRels {
				t.Errorf("after the next write: %d nodes, %d relationships; want %d, %d", n, r, clean, cleanRels)
			}
			marks := neo4jtest.Run(t, cfg, `MATCH (x) WHERE x.kg_gone IS NOT NULL OR x.id = $gone
OR (x:KgLock AND x.pending IS NOT NULL) RETURN count(x) AS n`, map[string]any{"gone": tt.gone})
			if marks[0]["n"] != int64(0) {
				t.Errorf("the next write left %v marked or interrupted nodes", marks[0]["n"])
			}
		})
	}
}

// TestReaderWaitsForWriter marks a write as under way by a live writer
// (another store holding the lease): a reader must wait for it rather than
// read, and read once the writer is gone.
func TestReaderWaitsForWriter(t *testing.T) {
	s := neo4jtest.Open(t, 0)
	w := second(t)
	defer w.Close(context.Background())
	cfg := neo4jtest.Config(t)
	ctx := context.Background()
	if err := s.Replace(ctx, storetest.Sample()); err != nil {
		t.Fatal(err)
	}
	unlock, err := w.Lock(ctx, "writer", time.Second)
	if err != nil {
		t.Fatal(err)
	}
	neo4jtest.Run(t, cfg, `MATCH (l:KgLock) SET l.pending = l.generation + 1
CREATE (:Document {id: 'staged', path: 'staged.txt', hash: 'h', size: 1, kg_new: l.generation + 1})`, nil)
	short, cancel := context.WithTimeout(ctx, 500*time.Millisecond)
	defer cancel()
	// The deadline may end the wait in the lock or, on a loaded machine,
	// while the driver still waits for a connection: either way the
	// reader read nothing.
	if _, err := s.Load(short); err == nil || !errors.Is(err, context.DeadlineExceeded) && !strings.Contains(err.Error(), "deadline exceeded") {
		t.Fatalf("Load during a live write = %v, want it to wait until its deadline", err)
	}
	unlock(ctx)
	g, err := s.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}
	storetest.Equal(t, storetest.Sample(), g)
}

// TestUnchangedWritesNothing writes a graph twice: the second write must
// not begin a generation, nor touch an element.
func TestUnchangedWritesNothing(t *testing.T) {
	s := neo4jtest.Open(t, 2)
	cfg := neo4jtest.Config(t)
	ctx := context.Background()
	state := func() []map[string]any {
		return neo4jtest.Run(t, cfg, `MATCH (l:KgLock) OPTIONAL MATCH (x) WHERE x.kg_new = l.generation
RETURN l.generation AS generation, l.pending AS pending, count(x) AS created`, nil)
	}
	if err := s.Replace(ctx, storetest.Sample()); err != nil {
		t.Fatal(err)
	}
	first := state()
	if err := s.Replace(ctx, storetest.Sample()); err != nil {
		t.Fatal(err)
	}
	if second := state(); !reflect.DeepEqual(first, second) {
		t.Errorf("an unchanged write changed the lock node or elements: before %v, after %v", first, second)
	}
	g := storetest.Sample()
	g.Documents[0].Title += " (edited)"
	if err := s.Replace(ctx, g); err != nil {
		t.Fatal(err)
	}
	if third := state(); third[0]["generation"] == first[0]["generation"] {
		t.Errorf("an edit did not begin a generation: %v", third)
	}
}
