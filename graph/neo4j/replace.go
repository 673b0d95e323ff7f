package neo4j

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strconv"

	"github.com/kgbuild/kg/graph"
	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// errInjected is the failure tests inject through Store.failAfter.
var errInjected = errors.New("injected failure")

// statement is one Cypher statement with its parameters; rows, when not
// nil, are sent in batches as $rows.
type statement struct {
	cypher string
	params map[string]any
	rows   []map[string]any
}

// Replace makes the stored graph equal to g in one write transaction. It
// rejects a graph whose edges point at missing nodes before writing
// anything, since such an edge cannot exist in Neo4j.
func (s *Store) Replace(ctx context.Context, g *graph.Graph) error {
	if err := validate(g); err != nil {
		return fmt.Errorf("neo4j: replace: %w", err)
	}
	plan := s.plan(g)
	sess := s.session(ctx, driver.AccessModeWrite)
	defer sess.Close(ctx)
	_, err := sess.ExecuteWrite(ctx, func(tx driver.ManagedTransaction) (any, error) {
		n := 0
		for _, st := range plan {
			if st.rows == nil {
				if err := run(ctx, tx, st.cypher, st.params); err != nil {
					return nil, err
				}
				n++
				continue
			}
			for i := 0; i < len(st.rows); i += s.batch {
				if s.failAfter > 0 && n >= s.failAfter {
					return nil, errInjected
				}
				end := min(i+s.batch, len(st.rows))
				if err := run(ctx, tx, st.cypher, map[string]any{"rows": st.rows[i:end]}); err != nil {
					return nil, err
				}
				n++
			}
		}
		return nil, nil
	})
	if err != nil {
		return s.hint(fmt.Errorf("neo4j: replace graph in database %q: %w", s.db, err), "")
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

// plan lists the statements that turn any stored graph into g: first delete
// what g no longer has, then merge nodes, then merge relationships.
func (s *Store) plan(g *graph.Graph) []statement {
	var (
		docKeys, entityKeys, variantKeys, conflictKeys, claimKeys []string
		factKeys, mentionKeys, useKeys, assertionKeys             []string

		docs, variants, uses, mentions, conflicts, claims, assertions []map[string]any
		entities                                                      = map[string][]map[string]any{}
		facts                                                         = map[string][]map[string]any{}
	)
	for _, d := range g.Documents {
		docKeys = append(docKeys, d.ID)
		docs = append(docs, map[string]any{
			"id": d.ID, "path": d.Path, "title": optional(d.Title), "kind": optional(d.Kind),
			"date": optional(d.Date), "hash": d.Hash, "size": int64(d.Size),
		})
	}
	for _, e := range g.Entities {
		entityKeys = append(entityKeys, e.ID)
		entities[e.Type] = append(entities[e.Type], map[string]any{
			"id": e.ID, "type": e.Type, "name": e.Name, "aliases": list(e.Aliases),
			"roles": list(e.Roles), "merges": list(e.Merges),
		})
		for i, v := range e.Variants {
			key := e.ID + sep + v.Name
			variantKeys = append(variantKeys, key)
			variants = append(variants, map[string]any{
				"key": key, "entity": e.ID, "name": v.Name, "position": int64(i),
			})
			for _, doc := range sortedKeys(v.Documents) {
				useKeys = append(useKeys, key+sep+doc)
				uses = append(uses, map[string]any{"key": key, "document": doc, "count": int64(v.Documents[doc])})
			}
		}
	}
	for _, r := range g.Relations {
		factKeys = append(factKeys, r.From+sep+r.Type+sep+r.To)
		row := map[string]any{
			"from": r.From, "to": r.To, "sources": list(r.Sources), "detail": optional(r.Detail),
			"confidence":         r.Confidence,
			"evidence_documents": nil, "evidence_texts": nil, "evidence_starts": nil, "evidence_ends": nil,
		}
		if len(r.Evidence) > 0 {
			ds := make([]string, len(r.Evidence))
			ts := make([]string, len(r.Evidence))
			ss := make([]int64, len(r.Evidence))
			es := make([]int64, len(r.Evidence))
			for i, ev := range r.Evidence {
				ds[i], ts[i], ss[i], es[i] = ev.Document, ev.Text, int64(ev.Start), int64(ev.End)
			}
			row["evidence_documents"], row["evidence_texts"] = ds, ts
			row["evidence_starts"], row["evidence_ends"] = ss, es
		}
		facts[r.Type] = append(facts[r.Type], row)
	}
	for _, m := range g.Mentions {
		mentionKeys = append(mentionKeys, m.Entity+sep+m.Document)
		mentions = append(mentions, map[string]any{"entity": m.Entity, "document": m.Document, "count": int64(m.Count)})
	}
	for _, c := range g.Conflicts {
		conflictKeys = append(conflictKeys, c.ID)
		conflicts = append(conflicts, map[string]any{
			"id": c.ID, "kind": c.Kind, "subject": c.Subject, "topic": optional(c.Topic),
		})
		for i, v := range c.Values {
			key := c.ID + sep + strconv.Itoa(i)
			claimKeys = append(claimKeys, key)
			claims = append(claims, map[string]any{
				"key": key, "conflict": c.ID, "position": int64(i), "value": v.Value, "evidence": list(v.Evidence),
			})
			for j, doc := range v.Documents {
				assertionKeys = append(assertionKeys, key+sep+doc)
				assertions = append(assertions, map[string]any{"key": key, "document": doc, "position": int64(j)})
			}
		}
	}

	stale := func(cypher string, keys []string) statement {
		if keys == nil {
			keys = []string{}
		}
		return statement{cypher: cypher, params: map[string]any{"keys": keys, "sep": sep, "predicates": graph.Predicates}}
	}
	rows := func(cypher string, rows []map[string]any) statement {
		if rows == nil {
			rows = []map[string]any{}
		}
		return statement{cypher: cypher, rows: rows}
	}
	plan := []statement{
		stale(deleteStaleClaims, claimKeys),
		stale(deleteStaleConflicts, conflictKeys),
		stale(deleteStaleVariants, variantKeys),
		stale(deleteStaleEntities, entityKeys),
		stale(deleteStaleDocuments, docKeys),
		stale(deleteStaleFacts, factKeys),
		stale(deleteStaleMentions, mentionKeys),
		stale(deleteStaleUses, useKeys),
		stale(deleteStaleAssertions, assertionKeys),
		stale(deleteStaleAbout, nil),
		rows(mergeDocuments, docs),
	}
	for _, t := range graph.EntityTypes {
		plan = append(plan, rows(mergeEntities(t), entities[t]))
	}
	plan = append(plan, rows(mergeVariants, variants), rows(mergeUses, uses), rows(mergeMentions, mentions))
	for _, p := range graph.Predicates {
		plan = append(plan, rows(mergeFacts(p), facts[p]))
	}
	plan = append(plan, rows(mergeConflicts, conflicts), rows(mergeAbout, conflicts),
		rows(mergeClaims, claims), rows(mergeAssertions, assertions))
	return plan
}

// optional turns an empty string into a missing property.
func optional(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// list keeps a nil slice nil (a missing property) and an empty one empty,
// so that Load gives back what was written.
func list(s []string) any {
	if s == nil {
		return nil
	}
	return s
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
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
		key := m.Entity + sep + m.Document
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
