package neo4j

import (
	"context"
	"errors"
	"time"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// errReadDone ends a reading transaction, so that it is rolled back: see
// read.
var errReadDone = errors.New("read done")

// read runs fn in a transaction that first takes the lock node's write
// lock (see lockNode), so that no write switches generations while fn
// reads, and that is always rolled back, so it never writes, whatever fn
// runs. While another process's write is under way it waits (polling), and
// when a write was interrupted it finishes it first inside the
// transaction (see settle): fn sees one stored graph, whole.
func (s *Store) read(ctx context.Context, fn func(runner) (any, error)) (any, error) {
	for {
		out, err := s.readOnce(ctx, fn)
		if !errors.Is(err, errWriting) {
			return out, err
		}
		select {
		case <-ctx.Done():
			return nil, context.Cause(ctx)
		case <-time.After(readPoll):
		}
	}
}

func (s *Store) readOnce(ctx context.Context, fn func(runner) (any, error)) (any, error) {
	sess := s.session(ctx, driver.AccessModeWrite)
	defer sess.Close(context.WithoutCancel(ctx))
	var out any
	_, err := sess.ExecuteWrite(ctx, func(tx driver.ManagedTransaction) (any, error) {
		l, err := readLease(ctx, tx)
		if err != nil {
			return nil, err
		}
		if err := s.settle(ctx, tx, l); err != nil {
			return nil, err
		}
		var r runner = tx
		if s.readPause > 0 {
			r = &pausing{tx, s.readPause, 0}
		}
		v, err := fn(r)
		if err != nil {
			return nil, err
		}
		out = v
		return nil, errReadDone
	})
	if errors.Is(err, errReadDone) {
		return out, nil
	}
	return nil, err
}

// pausing is a runner that waits before its second statement: tests use it
// to make a read span another process's commit.
type pausing struct {
	runner
	pause time.Duration
	n     int
}

func (p *pausing) Run(ctx context.Context, cypher string, params map[string]any) (driver.ResultWithContext, error) {
	if p.n++; p.n == 2 {
		time.Sleep(p.pause)
	}
	return p.runner.Run(ctx, cypher, params)
}
