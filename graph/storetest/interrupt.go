package storetest

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/kgbuild/kg/graph"
)

// many returns a graph of n entities in 20 documents, with two relations
// and a mention each.
func many(n int) *graph.Graph {
	g := &graph.Graph{}
	for i := range 20 {
		id := fmt.Sprintf("doc-%03d", i)
		g.Documents = append(g.Documents, graph.Document{ID: id, Path: id + ".txt", Hash: fmt.Sprintf("%064d", i), Size: i})
	}
	for i := range n {
		id := fmt.Sprintf("e-%04d", i)
		g.Entities = append(g.Entities, graph.Entity{ID: id, Type: graph.EntityTypes[i%len(graph.EntityTypes)],
			Name: fmt.Sprintf("Entity %d", i), Aliases: []string{fmt.Sprintf("E%d", i)},
			Variants: []graph.Variant{{Name: fmt.Sprintf("Entity %d", i), Documents: map[string]int{fmt.Sprintf("doc-%03d", i%20): 1}}}})
		g.Mentions = append(g.Mentions, graph.Mention{Entity: id, Document: fmt.Sprintf("doc-%03d", i%20), Count: i%5 + 1})
		for k := 1; k <= 2; k++ {
			g.Relations = append(g.Relations, graph.Relation{From: id, Type: graph.Predicates[(i+k)%len(graph.Predicates)],
				To: fmt.Sprintf("e-%04d", (i+k*7)%n), Sources: []string{fmt.Sprintf("doc-%03d", i%20)}})
		}
	}
	return g
}

// testInterruptedReplace cancels Replace at moments spread over its run,
// the way Ctrl-C does, and checks that its answer is true: no error means
// the new graph is stored, an error the previous one, and only an error
// wrapping graph.ErrCommitUnknown may mean either.
func testInterruptedReplace(t *testing.T, s graph.Store) {
	graphs := []*graph.Graph{Sample(), many(300)}
	start := time.Now()
	replace(t, s, graphs[1])
	took := time.Since(start) // the cancels are spread over one write
	cur := graphs[1]
	var committed, kept, unknown int
	for i := range 30 {
		next := graphs[0]
		if equal(next, cur) {
			next = graphs[1]
		}
		ctx, cancel := context.WithCancel(context.Background())
		timer := time.AfterFunc(took*time.Duration(i)/25, cancel)
		err := s.Replace(ctx, next)
		timer.Stop()
		cancel()
		got := load(t, s)
		switch {
		case err == nil:
			committed++
			if !equal(next, got) {
				t.Fatalf("trial %d: Replace returned no error but the new graph is not stored:\n%s", i, diff(next, got))
			}
			cur = next
		case errors.Is(err, graph.ErrCommitUnknown):
			unknown++
			if !equal(next, got) && !equal(cur, got) {
				t.Fatalf("trial %d: after %v the store holds neither graph", i, err)
			}
			cur = got
		default:
			kept++
			if !equal(cur, got) {
				t.Fatalf("trial %d: Replace said %q but the stored graph changed", i, err)
			}
		}
	}
	t.Logf("30 interrupted writes: %d committed, %d kept the old graph, %d unknown", committed, kept, unknown)
}
