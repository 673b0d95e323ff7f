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

// commitTimeout bounds the switch's commit, which runs even after ctx
// ends: once every batch is written, the commit is what decides the
// outcome, and cutting it short would leave the outcome unknown.
const commitTimeout = 2 * time.Minute

// undoTimeout bounds the removal of what a failed Replace staged; what it
// leaves, the next writer removes, and readers never see.
const undoTimeout = 30 * time.Second

// Replace makes the stored graph equal to g, writing only the difference
// from the stored graph (nothing when they are equal). It rejects a graph
// whose edges point at missing nodes before writing anything, since such
// an edge cannot exist in Neo4j.
//
// The difference is staged in transactions of one batch each, invisible to
// readers, and made the stored graph by one small transaction, the switch
// (see doc.go). When ctx ends or a batch fails before the switch, the
// previous graph stays and what was staged is removed. The switch's commit
// is not canceled: its outcome is then known, and an error wrapping
// graph.ErrCommitUnknown says when it is not (the connection broke while
// the server committed).
func (s *Store) Replace(ctx context.Context, g *graph.Graph) error {
	if err := validate(g); err != nil {
		return fmt.Errorf("neo4j: replace: %w", err)
	}
	if err := s.replace(ctx, g); err != nil {
		return s.hint(fmt.Errorf("neo4j: replace graph in database %q: %w", s.db, err), "")
	}
	return nil
}

func (s *Store) replace(ctx context.Context, g *graph.Graph) error {
	s.mu.Lock()
	held := s.held
	s.mu.Unlock()
	if held == nil { // a lease for this write alone, so that no other writer interleaves its batches
		unlock, err := s.Lock(ctx, "kg", 0)
		if err != nil {
			return err
		}
		defer unlock(context.WithoutCancel(ctx))
	}
	gen, err := s.recover(ctx)
	if err != nil {
		return fmt.Errorf("finish an interrupted write: %w", err)
	}
	v, err := s.inTx(ctx, func(tx runner) (any, error) { return load(ctx, tx) })
	if err != nil {
		return fmt.Errorf("read the stored graph: %w", err)
	}
	change := cypherplan.Diff(v.(*graph.Graph), g)
	if change.Empty() {
		return nil // the stored graph is g: nothing to write
	}
	next := gen + 1
	if err := s.stage(ctx, change, next); err != nil {
		s.undo(ctx)
		return err
	}
	if ctx.Err() != nil {
		s.undo(ctx)
		return fmt.Errorf("%w before the commit", context.Cause(ctx))
	}
	if err := s.switchTo(ctx, change, next); err != nil {
		return err
	}
	// The new graph is the stored one; what it retired goes now, or, when
	// this is cut short, with the next writer (readers see none of it).
	s.purge(context.WithoutCancel(ctx), change, next)
	return nil
}

// undo removes what a failed write staged, bounded in time.
func (s *Store) undo(ctx context.Context) {
	uctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), undoTimeout)
	defer cancel()
	s.recover(uctx)
}

// stage marks the lock node as writing generation next, then retires and
// creates (see create) in transactions of one batch each. Counting each batch, it stops
// with errInjected once failAfter batches have run. A failed batch is
// named by what it writes and the first and last of its rows.
func (s *Store) stage(ctx context.Context, c cypherplan.Change, next int64) error {
	if _, err := s.inTx(ctx, func(tx runner) (any, error) {
		return nil, run(ctx, tx, setPending, map[string]any{"id": lockNodeID, "gen": next})
	}); err != nil {
		return err
	}
	n := 0
	for _, k := range c.Retire {
		for _, keys := range k.Batches(s.batch) {
			if s.failAfter > 0 && n >= s.failAfter {
				return errInjected
			}
			if _, err := s.inTx(ctx, func(tx runner) (any, error) {
				return nil, run(ctx, tx, k.Retire, cypherplan.KeyParams(keys, next))
			}); err != nil {
				return fmt.Errorf("retire %s: %w", k.What, err)
			}
			n++
		}
	}
	return s.create(ctx, c.Create, next, &n)
}

// switchTo makes generation next the stored graph in one transaction: it
// updates the changed nodes in place and sets the lock node's generation.
func (s *Store) switchTo(ctx context.Context, c cypherplan.Change, next int64) error {
	bg := context.WithoutCancel(ctx)
	sess := s.session(ctx, driver.AccessModeWrite)
	defer sess.Close(bg)
	tx, err := sess.BeginTransaction(ctx)
	if err != nil {
		s.undo(ctx)
		return err
	}
	defer tx.Close(bg) // rolls back unless committed
	err = s.fence(ctx, tx)
	for _, m := range c.Update {
		offset := 0
		for _, batch := range m.Batches(s.batch) {
			if err == nil {
				if err = run(ctx, tx, m.Cypher(), batch.Params()); err != nil {
					err = fmt.Errorf("write %s: %w", describeBatch(m.What, batch, offset, len(m.Rows)), err)
				}
			}
			offset += len(batch)
		}
	}
	if err == nil {
		err = run(ctx, tx, setGeneration, map[string]any{"id": lockNodeID, "gen": next})
	}
	if err == nil && ctx.Err() != nil {
		err = fmt.Errorf("%w before the commit", context.Cause(ctx))
	}
	if err != nil {
		tx.Close(bg)
		s.undo(ctx)
		return err
	}
	cctx, cancel := context.WithTimeout(bg, commitTimeout)
	defer cancel()
	if err := tx.Commit(cctx); err != nil {
		var nerr *driver.Neo4jError
		if errors.As(err, &nerr) { // the server answered: it did not commit
			s.undo(ctx)
			return fmt.Errorf("commit: %w", err)
		}
		return fmt.Errorf("commit: %w: %w", graph.ErrCommitUnknown, err)
	}
	return nil
}

// purge deletes what the change retired, in transactions of one batch
// each, then clears the lock node's mark of a write under way. Failing, it
// leaves the rest to the next writer's recover.
func (s *Store) purge(ctx context.Context, c cypherplan.Change, gen int64) {
	for _, k := range c.Retire {
		for _, keys := range k.Batches(s.batch) {
			if _, err := s.inTx(ctx, func(tx runner) (any, error) {
				return nil, run(ctx, tx, k.Purge, cypherplan.KeyParams(keys, gen))
			}); err != nil {
				return
			}
		}
	}
	s.inTx(ctx, func(tx runner) (any, error) {
		return nil, run(ctx, tx, clearPending, map[string]any{"id": lockNodeID})
	})
}

// inTx runs fn in one write transaction, then checks, on the lock node,
// that this store still holds the lease (see fence), and commits it. The
// check comes last so that batches run side by side (see create) and only
// their commits wait for one another on the lock node's lock; held to the
// commit, it still keeps a batch from committing once another writer has
// taken the lease. The transaction is explicit, never retried: a batch
// that fails fails the write at once (a lost server must not keep kg
// retrying), and every batch's outcome is harmless either way until the
// switch.
func (s *Store) inTx(ctx context.Context, fn func(runner) (any, error)) (any, error) {
	bg := context.WithoutCancel(ctx)
	sess := s.session(ctx, driver.AccessModeWrite)
	defer sess.Close(bg)
	tx, err := sess.BeginTransaction(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Close(bg) // rolls back unless committed
	v, err := fn(tx)
	if err != nil {
		return nil, err
	}
	if err := s.fence(ctx, tx); err != nil {
		return nil, err
	}
	return v, tx.Commit(ctx)
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
