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

// validate checks that g can be written as a Neo4j graph: ids are present
// and unique, types and predicates are from the closed sets, and every edge
// has both of its ends.
func validate(g *graph.Graph) error {
	docs := map[string]bool{}
	for _, d := range g.Documents {
		if d.ID == "" {
			return fmt.Errorf("document %q: empty id", d.Path)
		}
		if docs[d.ID] {
			return fmt.Errorf("document %q: duplicate id", d.ID)
		}
		docs[d.ID] = true
	}
	entities := map[string]bool{}
	for _, e := range g.Entities {
		if e.ID == "" {
			return fmt.Errorf("entity %q: empty id", e.Name)
		}
		if entities[e.ID] {
			return fmt.Errorf("entity %q: duplicate id", e.ID)
		}
		entities[e.ID] = true
		if !graph.ValidType(e.Type) {
			return fmt.Errorf("entity %q: unknown type %q (want one of %v)", e.ID, e.Type, graph.EntityTypes)
		}
		names := map[string]bool{}
		for _, v := range e.Variants {
			if names[v.Name] {
				return fmt.Errorf("entity %q: duplicate variant %q", e.ID, v.Name)
			}
			names[v.Name] = true
			for doc := range v.Documents {
				if !docs[doc] {
					return fmt.Errorf("entity %q: variant %q: unknown document %q", e.ID, v.Name, doc)
				}
			}
		}
	}
	facts := map[string]bool{}
	for _, r := range g.Relations {
		if !graph.ValidPredicate(r.Type) {
			return fmt.Errorf("relation %s: unknown predicate %q", r.Key(), r.Type)
		}
		if !entities[r.From] {
			return fmt.Errorf("relation %s: unknown entity %q", r.Key(), r.From)
		}
		if !entities[r.To] {
			return fmt.Errorf("relation %s: unknown entity %q", r.Key(), r.To)
		}
		if facts[r.Key()] {
			return fmt.Errorf("relation %s: duplicate", r.Key())
		}
		facts[r.Key()] = true
	}
	mentions := map[string]bool{}
	for _, m := range g.Mentions {
		if !entities[m.Entity] {
			return fmt.Errorf("mention of %q in %q: unknown entity", m.Entity, m.Document)
		}
		if !docs[m.Document] {
			return fmt.Errorf("mention of %q in %q: unknown document", m.Entity, m.Document)
		}
		key := m.Entity + cypherplan.Sep + m.Document
		if mentions[key] {
			return fmt.Errorf("mention of %q in %q: duplicate", m.Entity, m.Document)
		}
		mentions[key] = true
	}
	conflicts := map[string]bool{}
	for _, c := range g.Conflicts {
		if c.ID == "" {
			return fmt.Errorf("conflict about %q: empty id", c.Subject)
		}
		if conflicts[c.ID] {
			return fmt.Errorf("conflict %q: duplicate id", c.ID)
		}
		conflicts[c.ID] = true
		for _, v := range c.Values {
			seen := map[string]bool{}
			for _, doc := range v.Documents {
				if !docs[doc] {
					return fmt.Errorf("conflict %q: value %q: unknown document %q", c.ID, v.Value, doc)
				}
				if seen[doc] {
					return fmt.Errorf("conflict %q: value %q: document %q listed twice", c.ID, v.Value, doc)
				}
				seen[doc] = true
			}
		}
	}
	return nil
}
