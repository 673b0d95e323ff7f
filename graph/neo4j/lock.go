package neo4j

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"sync"
	"time"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/internal/process"
	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// The writer lock is a lease kept in the database on one node,
// (:KgLock {id: "graph"}): a token, the holder's owner, host and pid, when
// it took the lock and when the lease lapses unless renewed. Being in the
// database, it keeps writers apart whatever machine they run on, and it
// outlives a killed holder, which is why a lease lapses: a holder on
// another host is waited for until its lease expires; one on this host
// whose process is gone is taken over at once.
//
// The same node serializes transactions: Replace, and every reader, first
// takes the node's write lock inside its transaction, so that a reader
// sees the graph before or after a Replace, never during, and Replace
// checks there that the lease is still its own (a lapsed lease taken over
// by another writer makes it fail with graph.ErrLockLost, writing nothing).
const lockNodeID = "graph"

// DefaultLease is how long a lease lasts without renewal; its holder
// renews it every third of that.
const DefaultLease = 30 * time.Second

// lockPoll is how often Lock asks again while another holds the lease.
const lockPoll = 100 * time.Millisecond

// Statements of the lock node. lockNode takes the node's write lock for
// the rest of the transaction (setting a property is how Cypher takes a
// lock) and reads the lease as it stands, with the server's clock.
const (
	lockNode = `MERGE (l:KgLock {id: $id})
SET l._lock = true REMOVE l._lock
RETURN l.token AS token, l.owner AS owner, l.host AS host, l.pid AS pid,
       l.since AS since, l.expires AS expires, timestamp() AS now,
       coalesce(l.generation, 0) AS generation, l.pending AS pending`
	takeLease = `MATCH (l:KgLock {id: $id})
SET l.token = $token, l.owner = $owner, l.host = $host, l.pid = $pid,
    l.since = timestamp(), l.expires = timestamp() + $lease`
	renewLease = `MATCH (l:KgLock {id: $id}) WHERE l.token = $token
SET l.expires = timestamp() + $lease
RETURN count(l) AS n`
	releaseLease = `MATCH (l:KgLock {id: $id}) WHERE l.token = $token
REMOVE l.token, l.owner, l.host, l.pid, l.since, l.expires`
	// A write marks the generation it stages as pending, makes it the
	// stored one in its switch, and clears the mark once it has purged
	// what it retired (see doc.go).
	setPending    = `MATCH (l:KgLock {id: $id}) SET l.pending = $gen`
	setGeneration = `MATCH (l:KgLock {id: $id}) SET l.generation = $gen`
	clearPending  = `MATCH (l:KgLock {id: $id}) REMOVE l.pending`
)

// lease is the writer lock as one Store holds it.
type lease struct {
	token string
	stop  chan struct{}
	done  chan struct{}
	once  sync.Once
}

// leaseState is the lease as lockNode reads it.
type leaseState struct {
	token  string
	holder graph.Holder
	now    time.Time
	// generation is the stored graph's; pending, when positive, the one
	// a write under way (or interrupted) stages.
	generation, pending int64
}

func readLease(ctx context.Context, tx runner) (leaseState, error) {
	recs, err := collect(ctx, tx, lockNode, map[string]any{"id": lockNodeID})
	if err != nil {
		return leaseState{}, fmt.Errorf("lock node: %w", err)
	}
	if len(recs) == 0 {
		return leaseState{}, errors.New("lock node: no record")
	}
	r := recs[0]
	return leaseState{
		token: str(r, "token"),
		holder: graph.Holder{Owner: str(r, "owner"), Host: str(r, "host"), PID: integer(r, "pid"),
			Since: millis(r, "since"), Expires: millis(r, "expires")},
		now:        millis(r, "now"),
		generation: int64(integer(r, "generation")),
		pending:    int64(integer(r, "pending")),
	}, nil
}

func millis(r *driver.Record, key string) time.Time {
	v, _ := r.Get(key)
	n, ok := v.(int64)
	if !ok {
		return time.Time{}
	}
	return time.UnixMilli(n).UTC()
}

// free reports whether the lease can be taken: nobody holds it, it lapsed,
// or its holder was a process of this host that no longer runs.
func (l leaseState) free(host string) bool {
	switch {
	case l.token == "" || !l.now.Before(l.holder.Expires):
		return true
	case l.holder.Host == host && l.holder.PID > 0 && l.holder.PID != os.Getpid():
		return !process.Alive(l.holder.PID)
	}
	return false
}

var _ graph.Locker = (*Store)(nil)

// Lock takes the writer lock: the lease on the lock node, renewed in the
// background until unlock. See graph.Locker.
func (s *Store) Lock(ctx context.Context, owner string, wait time.Duration) (func(context.Context) error, error) {
	me := graph.Me(owner)
	token, err := newToken()
	if err != nil {
		return nil, err
	}
	start := time.Now()
	for {
		held, err := s.tryLease(ctx, me, token)
		if err != nil {
			return nil, s.hint(fmt.Errorf("neo4j: lock database %q: %w", s.db, err), "")
		}
		if held == nil {
			return s.hold(token), nil
		}
		if time.Since(start) >= wait {
			return nil, &graph.LockedError{Store: s.name(), Holder: *held, Waited: time.Since(start)}
		}
		select {
		case <-ctx.Done():
			return nil, context.Cause(ctx)
		case <-time.After(min(lockPoll, max(wait-time.Since(start), time.Millisecond))):
		}
	}
}

// tryLease takes the lease for me with token when it is free; otherwise it
// returns its holder.
func (s *Store) tryLease(ctx context.Context, me graph.Holder, token string) (*graph.Holder, error) {
	sess := s.session(ctx, driver.AccessModeWrite)
	defer sess.Close(ctx)
	held, err := sess.ExecuteWrite(ctx, func(tx driver.ManagedTransaction) (any, error) {
		l, err := readLease(ctx, tx)
		if err != nil {
			return nil, err
		}
		if !l.free(me.Host) {
			return &l.holder, nil
		}
		return (*graph.Holder)(nil), run(ctx, tx, takeLease, map[string]any{"id": lockNodeID, "token": token,
			"owner": me.Owner, "host": me.Host, "pid": int64(me.PID), "lease": s.leaseTTL.Milliseconds()})
	})
	if err != nil {
		return nil, err
	}
	return held.(*graph.Holder), nil
}

// hold records the lease as this store's, starts renewing it, and returns
// the function that releases it.
func (s *Store) hold(token string) func(context.Context) error {
	l := &lease{token: token, stop: make(chan struct{}), done: make(chan struct{})}
	s.mu.Lock()
	s.held = l
	s.mu.Unlock()
	go s.renew(l)
	return func(ctx context.Context) error {
		var err error
		l.once.Do(func() {
			close(l.stop)
			<-l.done
			s.mu.Lock()
			if s.held == l {
				s.held = nil
			}
			s.mu.Unlock()
			err = s.writeLease(context.WithoutCancel(ctx), releaseLease, token, releaseTimeout)
		})
		return err
	}
}

// renew extends the lease every third of its length until stopped. A
// renewal that finds the lease taken over stops: Replace then fails with
// graph.ErrLockLost.
func (s *Store) renew(l *lease) {
	defer close(l.done)
	tick := time.NewTicker(s.leaseTTL / 3)
	defer tick.Stop()
	for {
		select {
		case <-l.stop:
			return
		case <-tick.C:
			s.writeLease(context.Background(), renewLease, l.token, s.leaseTTL/3)
		}
	}
}

// releaseTimeout bounds the release of a lease: a run whose server is gone
// ends without waiting for it, and its lease lapses or, on this host, is
// taken over.
const releaseTimeout = 3 * time.Second

// writeLease runs a statement on the lease with this token, bounded in
// time so that a lost server cannot hang a release.
func (s *Store) writeLease(ctx context.Context, cypher, token string, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	sess := s.session(ctx, driver.AccessModeWrite)
	defer sess.Close(ctx)
	_, err := sess.ExecuteWrite(ctx, func(tx driver.ManagedTransaction) (any, error) {
		return nil, run(ctx, tx, cypher, map[string]any{"id": lockNodeID, "token": token, "lease": s.leaseTTL.Milliseconds()})
	})
	if err != nil {
		return fmt.Errorf("neo4j: writer lock on database %q: %w", s.db, err)
	}
	return nil
}

// fence runs first in every Replace transaction: it takes the lock node's
// write lock and checks that the lease is this store's, or free when this
// store holds none.
func (s *Store) fence(ctx context.Context, tx runner) error {
	l, err := readLease(ctx, tx)
	if err != nil {
		return err
	}
	s.mu.Lock()
	held := s.held
	s.mu.Unlock()
	host, _ := os.Hostname()
	switch {
	case held != nil && l.token != held.token:
		return fmt.Errorf("%w (now held by %s); nothing was written", graph.ErrLockLost, l.holder)
	case held == nil && !l.free(host):
		return &graph.LockedError{Store: s.name(), Holder: l.holder}
	}
	return nil
}

// name names the store for messages: its database and server.
func (s *Store) name() string {
	return fmt.Sprintf("Neo4j database %q at %s", s.db, Redact(s.uri))
}

func newToken() (string, error) {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("neo4j: lock token: %w", err)
	}
	return hex.EncodeToString(b), nil
}
