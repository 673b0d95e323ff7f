package neo4j

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/kgbuild/kg/graph/cypherplan"
	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// writers is how many batch transactions create elements at once: the
// server's processor bounds a write, and two keep both cores of a small
// machine busy while the client prepares the next batch.
const writers = 2

// batchJob is one batch of a merge to create, in its own transaction.
type batchJob struct {
	m      cypherplan.Merge
	batch  cypherplan.Batch
	offset int // of the batch's first row in m.Rows, for errors
}

// elementIDs holds the element ids of the nodes that created elements
// link to, by label and key: those this write created, as their
// statements return them, and those it looked up.
type elementIDs struct {
	mu  sync.Mutex
	ids map[string]map[string]string
}

func (e *elementIDs) add(label, key, id string) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.ids[label] == nil {
		e.ids[label] = map[string]string{}
	}
	e.ids[label][key] = id
}

// of returns the element ids of the nodes of label, by key, for a caller
// that reads them while no batch runs.
func (e *elementIDs) of(label string) map[string]string {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.ids[label]
}

// get returns the element id of the node of label with key; nil when it
// is unknown, which makes the statement's MATCH find nothing, as a MATCH on
// a missing key would.
func (e *elementIDs) get(label, key string) any {
	e.mu.Lock()
	defer e.mu.Unlock()
	if id, ok := e.ids[label][key]; ok {
		return id
	}
	return nil
}

// create writes the rows of the merges as new elements of generation
// next, in phases (cypherplan.Merge.Phase), the batches of a phase
// several at once (see writers): the nodes that need no other, those
// linked to their owners, then the relationships. Statements find the
// nodes they link by element id (cypherplan.Merge.Created): those of the
// nodes an earlier phase created, or, for nodes the database held before,
// looked up by key. Relationships go in order of their end node, each
// batch holding all those of its merge that end at its end nodes
// (cypherplan.Merge.EndBatches), so that two transactions of one merge
// seldom create relationships on the same end node at once. n counts the
// batches run, for failAfter.
func (s *Store) create(ctx context.Context, merges []cypherplan.Merge, next int64, n *int) error {
	ids := &elementIDs{ids: map[string]map[string]string{}}
	for phase := range cypherplan.Phases {
		var ms []cypherplan.Merge
		for _, m := range merges {
			if len(m.Rows) > 0 && m.Phase() == phase {
				ms = append(ms, m.ByEnd())
			}
		}
		if err := s.lookUp(ctx, ms, ids); err != nil {
			return err
		}
		var jobs []batchJob
		for _, m := range ms {
			offset := 0
			for _, b := range m.EndBatches(s.batch) {
				jobs = append(jobs, batchJob{m: m, batch: b, offset: offset})
				offset += len(b)
			}
		}
		if err := s.runJobs(ctx, jobs, next, ids, n); err != nil {
			return err
		}
	}
	return nil
}

// lookUp finds the element ids of the nodes the merges link to that ids
// does not hold: nodes of the stored graph, which a first write has none
// of.
func (s *Store) lookUp(ctx context.Context, ms []cypherplan.Merge, ids *elementIDs) error {
	missing := map[string][]string{}
	seen := map[string]map[string]bool{}
	for _, m := range ms {
		for _, e := range m.Ends() {
			known := ids.of(e.Label)
			for _, r := range m.Rows {
				key := r.Str(e.Field)
				if _, ok := known[key]; ok || seen[e.Label][key] {
					continue
				}
				if seen[e.Label] == nil {
					seen[e.Label] = map[string]bool{}
				}
				seen[e.Label][key] = true
				missing[e.Label] = append(missing[e.Label], key)
			}
		}
	}
	for label, keys := range missing {
		for start := 0; start < len(keys); start += s.batch {
			batch := keys[start:min(start+s.batch, len(keys))]
			if _, err := s.inTx(ctx, func(tx runner) (any, error) {
				return nil, each(ctx, tx, cypherplan.KeyLookup(label), map[string]any{"keys": batch},
					func(r *driver.Record) { ids.add(label, str(r, "key"), str(r, "element")) })
			}); err != nil {
				return fmt.Errorf("find the %s nodes to link: %w", label, err)
			}
		}
	}
	return nil
}

// runJobs runs the jobs, each in its own transaction, writers at a time,
// in order. The first failure stops the others from starting and is the
// error; a job counted past failAfter fails with errInjected.
func (s *Store) runJobs(ctx context.Context, jobs []batchJob, next int64, ids *elementIDs, n *int) error {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	var (
		taken atomic.Int64
		wg    sync.WaitGroup
		once  sync.Once
		first error
	)
	fail := func(err error) {
		once.Do(func() { first = err; cancel(err) })
	}
	limited, budget := s.failAfter > 0, int64(s.failAfter-*n)
	for range min(writers, len(jobs)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				i := taken.Add(1) - 1
				if i >= int64(len(jobs)) {
					return
				}
				if limited && i >= budget {
					fail(errInjected)
					return
				}
				if err := s.runJob(ctx, jobs[i], next, ids); err != nil {
					fail(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	*n += len(jobs)
	if first == nil && ctx.Err() != nil {
		return context.Cause(ctx)
	}
	return first
}

// runJob creates one batch in its own transaction, giving each row the
// element ids of the nodes it links, and keeps the element ids of the
// nodes it creates.
func (s *Store) runJob(ctx context.Context, j batchJob, next int64, ids *elementIDs) error {
	params := j.batch.Params()
	params["gen"] = next
	label, _ := j.m.Node()
	ends := j.m.Ends()
	for _, row := range params["rows"].([]map[string]any) {
		for _, e := range ends {
			key, _ := row[e.Field].(string)
			row[e.Param] = ids.get(e.Label, key)
			if label == "" { // a relationship's ends are no properties: the statement needs only their ids
				delete(row, e.Field)
			}
		}
	}
	_, err := s.inTx(ctx, func(tx runner) (any, error) {
		return nil, each(ctx, tx, j.m.Created(), params, func(r *driver.Record) {
			keys, elements := strs(r, "keys", false), strs(r, "elements", false)
			for i := range min(len(keys), len(elements)) {
				ids.add(label, keys[i], elements[i])
			}
		})
	})
	if err != nil {
		return fmt.Errorf("write %s: %w", describeBatch(j.m.What, j.batch, j.offset, len(j.m.Rows)), err)
	}
	return nil
}
