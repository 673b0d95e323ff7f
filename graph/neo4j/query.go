package neo4j

import (
	"context"
	"errors"
	"fmt"
)

// Result is what a query returns: its column names and its rows, each row
// holding one value per column as the driver decodes it (string, int64,
// float64, bool, nil, []any, map[string]any, or graph values).
type Result struct {
	Columns []string
	Rows    [][]any
}

// ErrQueryWrites is returned by Query for a statement that would change
// the graph.
var ErrQueryWrites = errors.New("the statement would change the graph; nothing was changed")

// Query runs a Cypher statement with parameters on the store's database,
// so that saved queries (package queries) reach the same server and
// database as the store. It runs in a transaction that no Replace switches
// during (see read), so its rows come from one stored graph, and that is always
// rolled back, so it cannot change the graph: a statement that would is
// refused with ErrQueryWrites.
func (s *Store) Query(ctx context.Context, cypher string, params map[string]any) (Result, error) {
	out, err := s.read(ctx, func(tx runner) (any, error) {
		res, err := tx.Run(ctx, cypher, params)
		if err != nil {
			return nil, err
		}
		recs, err := res.Collect(ctx)
		if err != nil {
			return nil, err
		}
		keys, err := res.Keys()
		if err != nil {
			return nil, err
		}
		sum, err := res.Consume(ctx)
		if err != nil {
			return nil, err
		}
		if sum.Counters().ContainsUpdates() || sum.Counters().ContainsSystemUpdates() {
			return nil, ErrQueryWrites
		}
		r := Result{Columns: keys, Rows: make([][]any, 0, len(recs))}
		for _, rec := range recs {
			r.Rows = append(r.Rows, rec.Values)
		}
		return r, nil
	})
	if err != nil {
		return Result{}, s.hint(fmt.Errorf("neo4j: query database %q: %w", s.db, err), "")
	}
	return out.(Result), nil
}
