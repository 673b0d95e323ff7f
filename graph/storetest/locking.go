package storetest

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/kgbuild/kg/graph"
)

// LockingStore is a store that keeps writers apart.
type LockingStore interface {
	graph.Store
	graph.Locker
}

// RunLocking checks the writer lock of a backend. open must return two
// handles on one empty store, as two processes would open it; RunLocking
// closes them.
func RunLocking(t *testing.T, open func(t *testing.T) (a, b LockingStore)) {
	tests := []struct {
		name string
		run  func(t *testing.T, a, b LockingStore)
	}{
		{"SecondWriterWaitsThenNamesHolder", testSecondWriterFails},
		{"ReplaceWithoutTheLockFails", testReplaceWithoutLock},
		{"WaiterGetsLockWhenReleased", testWaiterGetsLock},
		{"UnlockTwice", testUnlockTwice},
		{"CanceledWait", testCanceledWait},
		{"ReadersNotBlockedByHolder", testReadersNotBlocked},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := open(t)
			t.Cleanup(func() {
				a.Close(context.Background())
				b.Close(context.Background())
			})
			tt.run(t, a, b)
		})
	}
}

func lock(t *testing.T, s graph.Locker, owner string, wait time.Duration) func(context.Context) error {
	t.Helper()
	unlock, err := s.Lock(context.Background(), owner, wait)
	if err != nil {
		t.Fatalf("lock for %s: %v", owner, err)
	}
	t.Cleanup(func() { unlock(context.Background()) })
	return unlock
}

func testSecondWriterFails(t *testing.T, a, b LockingStore) {
	lock(t, a, "first writer", time.Second)
	start := time.Now()
	_, err := b.Lock(context.Background(), "second writer", 300*time.Millisecond)
	var le *graph.LockedError
	if !errors.As(err, &le) {
		t.Fatalf("second Lock = %v, want a *graph.LockedError", err)
	}
	if waited := time.Since(start); waited < 300*time.Millisecond {
		t.Errorf("second Lock gave up after %s, want at least the 300ms it was given", waited)
	}
	host, _ := os.Hostname()
	h := le.Holder
	if h.Owner != "first writer" || h.PID != os.Getpid() || h.Host != host || h.Since.IsZero() {
		t.Errorf("holder = %+v, want first writer, pid %d on %s, with a time", h, os.Getpid(), host)
	}
	msg := err.Error()
	for _, want := range []string{"first writer", "since", "pid"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message %q does not name %q", msg, want)
		}
	}
}

func testReplaceWithoutLock(t *testing.T, a, b LockingStore) {
	replace(t, a, Sample())
	lock(t, a, "holder", time.Second)
	other := Sample()
	dropDocument(other, "doc-001")
	var le *graph.LockedError
	if err := b.Replace(context.Background(), other); !errors.As(err, &le) {
		t.Fatalf("Replace through another handle while the lock is held = %v, want a *graph.LockedError", err)
	}
	Equal(t, Sample(), load(t, b))
	replace(t, a, other)
	Equal(t, other, load(t, b))
}

func testWaiterGetsLock(t *testing.T, a, b LockingStore) {
	unlock := lock(t, a, "first", time.Second)
	go func() {
		time.Sleep(200 * time.Millisecond)
		unlock(context.Background())
	}()
	unlockB := lock(t, b, "second", 10*time.Second)
	replace(t, b, Sample())
	if err := unlockB(context.Background()); err != nil {
		t.Fatalf("unlock: %v", err)
	}
	lock(t, a, "first again", 0) // free at once
}

func testUnlockTwice(t *testing.T, a, b LockingStore) {
	unlock := lock(t, a, "first", time.Second)
	if err := unlock(context.Background()); err != nil {
		t.Fatal(err)
	}
	lock(t, b, "second", time.Second)
	if err := unlock(context.Background()); err != nil {
		t.Fatalf("second unlock: %v", err)
	}
	var le *graph.LockedError
	if _, err := a.Lock(context.Background(), "third", 0); !errors.As(err, &le) {
		t.Fatalf("a second unlock by the first holder released the second's lock: Lock = %v", err)
	}
}

func testCanceledWait(t *testing.T, a, b LockingStore) {
	lock(t, a, "holder", time.Second)
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := b.Lock(ctx, "waiter", time.Minute)
	if err == nil {
		t.Fatal("Lock succeeded while another holds the lock")
	}
	if time.Since(start) > 10*time.Second {
		t.Errorf("Lock returned %s after its context ended", time.Since(start))
	}
}

func testReadersNotBlocked(t *testing.T, a, b LockingStore) {
	replace(t, a, Sample())
	lock(t, a, "holder", time.Second)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	g, err := b.Load(ctx)
	if err != nil {
		t.Fatalf("load while a writer holds the lock: %v", err)
	}
	Equal(t, Sample(), g)
	if _, err := b.Stats(ctx); err != nil {
		t.Fatalf("stats while a writer holds the lock: %v", err)
	}
}
