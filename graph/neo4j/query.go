package neo4j

import (
	"context"
	"fmt"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Result is what a query returns: its column names and its rows, each row
// holding one value per column as the driver decodes it (string, int64,
// float64, bool, nil, []any, map[string]any, or graph values).
type Result struct {
	Columns []string
	Rows    [][]any
}

// Query runs a Cypher statement with parameters on the store's database in
// a read transaction, so that saved queries (package queries) reach the
// same server and database as the store, and cannot change the graph: the
// server refuses writes in a read transaction.
func (s *Store) Query(ctx context.Context, cypher string, params map[string]any) (Result, error) {
	sess := s.session(ctx, driver.AccessModeRead)
	defer sess.Close(ctx)
	out, err := sess.ExecuteRead(ctx, func(tx driver.ManagedTransaction) (any, error) {
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
