package neo4j

import (
	"context"
	"errors"
	"math"
	"os"
	"time"
)

// Statements that finish a write that stopped before clearing its pending
// mark, each on at most $n elements. Before its switch (the stored
// generation is below the pending one), the write is rolled back: what it
// created goes and what it retired stays. After, it is rolled forward:
// what it retired goes. They scan every node or relationship, since marks
// are not indexed: a cost paid only after an interrupted write.
var (
	rollBack = []string{
		"MATCH ()-[x]->() WHERE x.kg_new > $gen WITH x LIMIT $n DELETE x RETURN count(*) AS n",
		"MATCH (x) WHERE x.kg_new > $gen WITH x LIMIT $n DETACH DELETE x RETURN count(*) AS n",
		"MATCH ()-[x]->() WHERE x.kg_gone IS NOT NULL WITH x LIMIT $n REMOVE x.kg_gone RETURN count(*) AS n",
		"MATCH (x) WHERE x.kg_gone IS NOT NULL WITH x LIMIT $n REMOVE x.kg_gone RETURN count(*) AS n",
	}
	rollForward = []string{
		"MATCH ()-[x]->() WHERE x.kg_gone IS NOT NULL WITH x LIMIT $n DELETE x RETURN count(*) AS n",
		"MATCH (x) WHERE x.kg_gone IS NOT NULL WITH x LIMIT $n DETACH DELETE x RETURN count(*) AS n",
	}
)

// finishing returns the statements that finish the write l marks as
// pending, or none.
func finishing(l leaseState) []string {
	switch {
	case l.pending == 0:
		return nil
	case l.generation >= l.pending:
		return rollForward
	}
	return rollBack
}

// recover finishes, in transactions of one batch each, a write that was
// interrupted before it cleared its pending mark, and returns the stored
// generation. It is the first thing a write does, under its lease.
func (s *Store) recover(ctx context.Context) (int64, error) {
	v, err := s.inTx(ctx, func(tx runner) (any, error) { return readLease(ctx, tx) })
	if err != nil {
		return 0, err
	}
	l := v.(leaseState)
	stmts := finishing(l)
	if stmts == nil {
		return l.generation, nil
	}
	for _, stmt := range stmts {
		for {
			v, err := s.inTx(ctx, func(tx runner) (any, error) {
				recs, err := collect(ctx, tx, stmt, map[string]any{"gen": l.generation, "n": int64(s.batch)})
				if err != nil || len(recs) == 0 {
					return 0, err
				}
				return integer(recs[0], "n"), nil
			})
			if err != nil {
				return 0, err
			}
			if v.(int) == 0 {
				break
			}
		}
	}
	_, err = s.inTx(ctx, func(tx runner) (any, error) {
		return nil, run(ctx, tx, clearPending, map[string]any{"id": lockNodeID})
	})
	return l.generation, err
}

// errWriting makes a reader wait: another process is writing a graph.
var errWriting = errors.New("a write is under way")

// readPoll is how often a reader looks again while a write is under way.
const readPoll = 50 * time.Millisecond

// settle prepares a reading transaction that has taken the lock node (l):
// while another live writer's write is under way it returns errWriting,
// and when a write was interrupted it finishes it inside the transaction,
// which is rolled back, so that the reader sees the stored generation
// whole without writing anything.
func (s *Store) settle(ctx context.Context, tx runner, l leaseState) error {
	stmts := finishing(l)
	if stmts == nil {
		return nil
	}
	host, _ := os.Hostname()
	s.mu.Lock()
	mine := s.held != nil && s.held.token == l.token
	s.mu.Unlock()
	if !mine && !l.free(host) {
		return errWriting
	}
	for _, stmt := range stmts {
		if err := run(ctx, tx, stmt, map[string]any{"gen": l.generation, "n": int64(math.MaxInt64)}); err != nil {
			return err
		}
	}
	return nil
}
