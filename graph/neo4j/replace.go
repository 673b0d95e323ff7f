package neo4j

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/graph/cypherplan"
	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// errInjected is the failure tests inject through Store.failAfter.
var errInjected = errors.New("injected failure")

// commitTimeout bounds the commit, which runs even after ctx ends: once
// every statement has run, the commit is what decides the outcome, and
// cutting it short would leave the outcome unknown.
const commitTimeout = 2 * time.Minute

// Replace makes the stored graph equal to g in one write transaction. It
// rejects a graph whose edges point at missing nodes before writing
// anything, since such an edge cannot exist in Neo4j.
//
// When ctx ends before the commit, the transaction is rolled back and the
// previous graph stays. The commit itself is not canceled: its outcome is
// then known, and an error wrapping graph.ErrCommitUnknown says when it is
// not (the connection broke while the server committed).
func (s *Store) Replace(ctx context.Context, g *graph.Graph) error {
	if err := validate(g); err != nil {
		return fmt.Errorf("neo4j: replace: %w", err)
	}
	bg := context.WithoutCancel(ctx)
	sess := s.session(ctx, driver.AccessModeWrite)
	defer sess.Close(bg)
	tx, err := sess.BeginTransaction(ctx)
	if err != nil {
		return s.hint(fmt.Errorf("neo4j: replace graph in database %q: %w", s.db, err), "")
	}
	defer tx.Close(bg) // rolls back unless committed
	if err := s.fence(ctx, tx); err != nil {
		return s.hint(fmt.Errorf("neo4j: replace graph in database %q: %w", s.db, err), "")
	}
	old, err := load(ctx, tx)
	if err != nil {
		return s.hint(fmt.Errorf("neo4j: replace graph in database %q: read the stored graph: %w", s.db, err), "")
	}
	plan := cypherplan.Diff(old, g)
	if plan.Empty() {
		return nil // the stored graph is g: roll back, writing nothing
	}
	if err := s.write(ctx, tx, plan); err != nil {
		return s.hint(fmt.Errorf("neo4j: replace graph in database %q: %w", s.db, err), "")
	}
	if ctx.Err() != nil {
		return fmt.Errorf("neo4j: replace graph in database %q: %w before the commit", s.db, context.Cause(ctx))
	}
	cctx, cancel := context.WithTimeout(bg, commitTimeout)
	defer cancel()
	if err := tx.Commit(cctx); err != nil {
		var nerr *driver.Neo4jError
		if errors.As(err, &nerr) { // the server answered: it did not commit
			return fmt.Errorf("neo4j: commit graph to database %q: %w", s.db, err)
		}
		return s.hint(fmt.Errorf("neo4j: commit graph to database %q: %w: %w", s.db, graph.ErrCommitUnknown, err), "")
	}
	return nil
}

// write runs the plan in tx: the deletes, then every merge, both in
// batches of the store's batch size. Counting each statement it runs, it stops with
// errInjected before a batch once failAfter statements have run. A failed
// batch is named by what it merges and the first and last of its rows.
func (s *Store) write(ctx context.Context, tx runner, plan cypherplan.Plan) error {
	n := 0
	for _, d := range plan.Deletes {
		for _, keys := range d.Batches(s.batch) {
			if err := run(ctx, tx, d.Cypher, cypherplan.DeleteParams(keys)); err != nil {
				return fmt.Errorf("delete stale %s: %w", d.What, err)
			}
			n++
		}
	}
	deletes := n
	for _, m := range plan.Merges {
		cypher := m.Cypher()
		for i, batch := range m.Batches(s.batch) {
			if s.failAfter > 0 && n >= s.failAfter {
				return errInjected
			}
			if s.pause > 0 && n == deletes {
				time.Sleep(s.pause)
			}
			if err := run(ctx, tx, cypher, batch.Params()); err != nil {
				return fmt.Errorf("write %s: %w", describeBatch(m.What, batch, i*s.batch, len(m.Rows)), err)
			}
			n++
		}
	}
	return nil
}

// describeBatch names a batch for an error: what it merges, which of the
// rows, and the keys (ids, documents) of its first and last row, so that a
// failure points at the entity or document behind it.
func describeBatch(what string, b cypherplan.Batch, offset, total int) string {
	desc := fmt.Sprintf("%s (rows %d-%d of %d", what, offset+1, offset+len(b), total)
	if len(b) > 0 {
		desc += ": " + rowKey(b[0])
		if len(b) > 1 {
			desc += " … " + rowKey(b[len(b)-1])
		}
	}
	return desc + ")"
}

// rowKey is what identifies a row to a reader: its id, or the entity and
// document it links.
func rowKey(r cypherplan.Row) string {
	m := r.Map()
	for _, k := range []string{"id", "key"} {
		if v, ok := m[k].(string); ok {
			return fmt.Sprintf("%q", v)
		}
	}
	var parts []string
	for _, k := range []string{"from", "to", "entity", "document"} {
		if v, ok := m[k].(string); ok {
			parts = append(parts, fmt.Sprintf("%s %q", k, v))
		}
	}
	return fmt.Sprint(parts)
}

// runner is what runs a statement: a transaction of either kind.
type runner interface {
	Run(ctx context.Context, cypher string, params map[string]any) (driver.ResultWithContext, error)
}

func run(ctx context.Context, tx runner, cypher string, params map[string]any) error {
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return err
	}
	_, err = res.Consume(ctx)
	return err
}

// errReadDone ends a reading transaction, so that it is rolled back: see
// read.
var errReadDone = errors.New("read done")

// read runs fn in a transaction that first takes the lock node's write
// lock (see lockNode), so that no Replace commits while fn reads: fn sees
// one committed graph. The transaction is always rolled back, so it never
// writes, whatever fn runs.
func (s *Store) read(ctx context.Context, fn func(runner) (any, error)) (any, error) {
	sess := s.session(ctx, driver.AccessModeWrite)
	defer sess.Close(context.WithoutCancel(ctx))
	var out any
	_, err := sess.ExecuteWrite(ctx, func(tx driver.ManagedTransaction) (any, error) {
		if _, err := readLease(ctx, tx); err != nil {
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
