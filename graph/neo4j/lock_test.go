package neo4j_test

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/graph/neo4j"
	"github.com/kgbuild/kg/graph/neo4j/neo4jtest"
	"github.com/kgbuild/kg/graph/storetest"
)

// second opens another store on the database of the test, as a second
// process would.
func second(t *testing.T) *neo4j.Store {
	t.Helper()
	s, err := neo4j.Open(context.Background(), neo4jtest.Config(t))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestLocking(t *testing.T) {
	storetest.RunLocking(t, func(t *testing.T) (a, b storetest.LockingStore) {
		return neo4jtest.Open(t, 0), second(t)
	})
}

// deadPID returns the pid of a process that has ended.
func deadPID(t *testing.T) int {
	t.Helper()
	p, err := os.StartProcess("/bin/true", []string{"true"}, &os.ProcAttr{})
	if err != nil {
		t.Skipf("no /bin/true to make a dead pid: %v", err)
	}
	p.Wait()
	return p.Pid
}

// TestStaleLease writes a lease left by another holder and checks which
// ones Lock takes over.
func TestStaleLease(t *testing.T) {
	host, _ := os.Hostname()
	dead := deadPID(t)
	tests := []struct {
		name    string
		host    string
		pid     int
		expires time.Duration // from now, on the server's clock
		taken   bool
	}{
		{"holder on this host no longer runs", host, dead, time.Hour, true},
		{"holder on another host, lease running", "elsewhere.example", 4242, time.Hour, false},
		{"holder on another host, lease lapsed", "elsewhere.example", 4242, -time.Second, true},
		{"holder on this host still runs", host, os.Getppid(), time.Hour, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := neo4jtest.Open(t, 0)
			cfg := neo4jtest.Config(t)
			neo4jtest.Run(t, cfg, `MERGE (l:KgLock {id: 'graph'})
SET l.token = 'old', l.owner = 'kg ingest', l.host = $host, l.pid = $pid,
    l.since = timestamp() - 60000, l.expires = timestamp() + $expires`,
				map[string]any{"host": tt.host, "pid": int64(tt.pid), "expires": tt.expires.Milliseconds()})
			unlock, err := s.Lock(context.Background(), "test", 200*time.Millisecond)
			if tt.taken {
				if err != nil {
					t.Fatalf("Lock = %v, want the stale lease taken over", err)
				}
				unlock(context.Background())
				return
			}
			var le *graph.LockedError
			if !errors.As(err, &le) {
				t.Fatalf("Lock = %v, want a *graph.LockedError", err)
			}
			msg := err.Error()
			for _, want := range []string{"kg ingest", tt.host, "since", "expires"} {
				if !strings.Contains(msg, want) {
					t.Errorf("message %q does not name %q", msg, want)
				}
			}
		})
	}
}

// TestLostLease lets a holder's lease lapse and another writer take it: the
// first holder's Replace must then write nothing.
func TestLostLease(t *testing.T) {
	a := neo4jtest.Open(t, 0)
	b := second(t)
	defer b.Close(context.Background())
	ctx := context.Background()
	if err := a.Replace(ctx, storetest.Sample()); err != nil {
		t.Fatal(err)
	}
	// A long lease, so that a's renewal (every third of it) cannot come
	// between the lapse below and b's takeover, however slow the machine.
	neo4j.SetLease(a, time.Minute)
	unlockA, err := a.Lock(ctx, "a", time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer unlockA(ctx)
	// The lease lapses, as when a process pauses for longer than its lease.
	neo4jtest.Run(t, neo4jtest.Config(t), "MATCH (l:KgLock) SET l.expires = timestamp() - 1", nil)
	unlockB, err := b.Lock(ctx, "b", 2*time.Second)
	if err != nil {
		t.Fatalf("lapsed lease not taken over: %v", err)
	}
	defer unlockB(ctx)
	other := &graph.Graph{}
	if err := a.Replace(ctx, other); !errors.Is(err, graph.ErrLockLost) {
		t.Fatalf("Replace after losing the lease = %v, want graph.ErrLockLost", err)
	}
	g, err := b.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}
	storetest.Equal(t, storetest.Sample(), g)
}

// TestReadDuringCommit makes a read span another store's Replace: the read
// must see the old graph or the new one, never documents of one and
// entities of the other.
func TestReadDuringCommit(t *testing.T) {
	w := neo4jtest.Open(t, 0)
	r := second(t)
	defer r.Close(context.Background())
	ctx := context.Background()
	old := storetest.Sample()
	if err := w.Replace(ctx, old); err != nil {
		t.Fatal(err)
	}
	neo4j.SetReadPause(r, time.Second)
	type loaded struct {
		g   *graph.Graph
		err error
	}
	done := make(chan loaded)
	go func() {
		g, err := r.Load(ctx)
		done <- loaded{g, err}
	}()
	time.Sleep(300 * time.Millisecond) // the read has begun and waits
	if err := w.Replace(ctx, &graph.Graph{}); err != nil {
		t.Fatal(err)
	}
	got := <-done
	if got.err != nil {
		t.Fatal(got.err)
	}
	if len(got.g.Documents) == 0 && len(got.g.Entities) == 0 {
		return // the new graph: acceptable
	}
	storetest.Equal(t, old, got.g)
}

// TestTooLongNameNamesEntity checks that a name Neo4j cannot index fails
// before anything is written, naming the entity and its document.
func TestTooLongNameNamesEntity(t *testing.T) {
	s := neo4jtest.Open(t, 0)
	g := storetest.Sample()
	g.Entities[0].Name = strings.Repeat("a run-on line ", 800)
	err := s.Replace(context.Background(), g)
	if err == nil {
		t.Fatal("Replace of a name over 8 KB succeeded")
	}
	for _, want := range []string{g.Entities[0].ID, "doc-000"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not name %q", err, want)
		}
	}
}
