package neo4j

import (
	"context"
	"errors"
	"fmt"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/graph/cypherplan"
	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// errInjected is the failure tests inject through Store.failAfter.
var errInjected = errors.New("injected failure")

// Replace makes the stored graph equal to g in one write transaction. It
// rejects a graph whose edges point at missing nodes before writing
// anything, since such an edge cannot exist in Neo4j.
func (s *Store) Replace(ctx context.Context, g *graph.Graph) error {
	if err := validate(g); err != nil {
		return fmt.Errorf("neo4j: replace: %w", err)
	}
	plan := cypherplan.Build(g)
	sess := s.session(ctx, driver.AccessModeWrite)
	defer sess.Close(ctx)
	_, err := sess.ExecuteWrite(ctx, func(tx driver.ManagedTransaction) (any, error) {
		return nil, s.write(ctx, tx, plan)
	})
	if err != nil {
		return s.hint(fmt.Errorf("neo4j: replace graph in database %q: %w", s.db, err), "")
	}
	return nil
}

// write runs the plan in tx: the deletes, then every merge in batches of
// the store's batch size. Counting each statement it runs, it stops with
// errInjected before a batch once failAfter statements have run.
func (s *Store) write(ctx context.Context, tx driver.ManagedTransaction, plan cypherplan.Plan) error {
	for _, d := range plan.Deletes {
		if err := run(ctx, tx, d.Cypher, d.Params()); err != nil {
			return err
		}
	}
	n := len(plan.Deletes)
	for _, m := range plan.Merges {
		cypher := m.Cypher()
		for _, batch := range m.Batches(s.batch) {
			if s.failAfter > 0 && n >= s.failAfter {
				return errInjected
			}
			if err := run(ctx, tx, cypher, batch.Params()); err != nil {
				return err
			}
			n++
		}
	}
	return nil
}

func run(ctx context.Context, tx driver.ManagedTransaction, cypher string, params map[string]any) error {
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return err
	}
	_, err = res.Consume(ctx)
	return err
}
