package neo4j_test

import (
	"context"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/graph/embedded"
	"github.com/kgbuild/kg/graph/neo4j/neo4jtest"
	"github.com/kgbuild/kg/graph/storetest"
)

// BenchmarkWriteSpeed measures the writes of a large graph: the graph of
// the embedded store in KG_NEO4J_SPEED_STORE (for example one that kgbench
// built) written into an empty database, written again unchanged, written
// with one edit and written back, with KG_NEO4J_SPEED_BATCH rows per batch
// (the default when unset); KG_NEO4J_SPEED_STEPS=N stops after the first N
// of those writes (a third then writes the graph, not the edit, for the
// graph read back at the end to be it). KG_NEO4J_SPEED_COPIES=N writes N
// copies of the graph side by side instead (ids made distinct), a graph N
// times as large without ingesting a corpus N times as large.
//
// It logs for each write seconds, relationships per second and the
// processor seconds this process spent, and, when KG_NEO4J_SPEED_PID names
// the server's process (on Linux), those the server spent: on a shared
// machine they vary less than wall time. It is a measurement, run with
// -bench and -benchtime 1x, never by go test alone.
func BenchmarkWriteSpeed(b *testing.B) {
	dir := os.Getenv("KG_NEO4J_SPEED_STORE")
	if dir == "" {
		b.Skip("give a store to measure in KG_NEO4J_SPEED_STORE")
	}
	for i := 0; i < b.N; i++ {
		writeSpeed(b, dir)
	}
}

// writeSpeed writes the graph of the store in dir four times and logs how
// long each took.
func writeSpeed(t testing.TB, dir string) {
	batch, _ := strconv.Atoi(os.Getenv("KG_NEO4J_SPEED_BATCH"))
	ctx := context.Background()
	src, err := embedded.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	g, err := src.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := strconv.Atoi(os.Getenv("KG_NEO4J_SPEED_COPIES")); n > 1 {
		g = copies(g, n)
	}
	s := neo4jtest.Open(t, batch)
	rels := relationships(g)
	t.Logf("graph: %d documents, %d entities, %d relationships", len(g.Documents), len(g.Entities), rels)
	edited := *g // one document retitled, one relation fewer
	edited.Documents = append([]graph.Document(nil), g.Documents...)
	edited.Documents[0].Title += " (edited)"
	edited.Relations = g.Relations[1:]
	steps := []struct {
		what string
		g    *graph.Graph
	}{{"first write", g}, {"unchanged", g}, {"one edit", &edited}, {"back", g}}
	if n, _ := strconv.Atoi(os.Getenv("KG_NEO4J_SPEED_STEPS")); n > 0 && n < len(steps) {
		steps = steps[:n]
	}
	if len(steps) == 3 { // the last step leaves the graph that is read back
		steps[2].g = g
	}
	for _, step := range steps {
		start, cpu, own := time.Now(), serverCPU(), ownCPU()
		if err := s.Replace(ctx, step.g); err != nil {
			t.Fatalf("%s: %v", step.what, err)
		}
		took := time.Since(start)
		t.Logf("%-20s %6.2fs %8.0f relationships/s, server processor %6.2fs, client %5.2fs",
			step.what, took.Seconds(), float64(rels)/took.Seconds(), serverCPU()-cpu, ownCPU()-own)
	}
	back, err := s.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}
	storetest.Equal(t, g, back)
}

// serverCPU returns the processor seconds (user and system) the process
// KG_NEO4J_SPEED_PID has spent, from /proc; 0 when it is unset or
// unreadable.
func serverCPU() float64 {
	pid := os.Getenv("KG_NEO4J_SPEED_PID")
	if pid == "" {
		return 0
	}
	b, err := os.ReadFile("/proc/" + pid + "/stat")
	if err != nil {
		return 0
	}
	// The fields after the command's closing parenthesis; utime and
	// stime are the 12th and 13th of them, in clock ticks (100 a second
	// on Linux).
	s := string(b)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	if len(f) < 13 {
		return 0
	}
	u, _ := strconv.ParseFloat(f[11], 64)
	k, _ := strconv.ParseFloat(f[12], 64)
	return (u + k) / 100
}

// relationships counts the relationships a graph has in Neo4j.
func relationships(g *graph.Graph) int {
	n := len(g.Relations) + len(g.Mentions)
	for _, e := range g.Entities {
		n += len(e.Variants)
		for _, v := range e.Variants {
			n += len(v.Documents)
		}
	}
	for _, c := range g.Conflicts {
		n++ // ABOUT, at most
		for _, v := range c.Values {
			n += 1 + len(v.Documents)
		}
	}
	return n
}

// copies returns n copies of g in one graph, the ids of copy k > 0 (of
// documents, entities and conflicts, and every reference to them) ending
// in "~k".
func copies(g *graph.Graph, n int) *graph.Graph {
	out := &graph.Graph{}
	for k := range n {
		id := func(s string) string {
			if k == 0 {
				return s
			}
			return s + "~" + strconv.Itoa(k)
		}
		ids := func(ss []string) []string {
			if ss == nil {
				return nil
			}
			out := make([]string, len(ss))
			for i, s := range ss {
				out[i] = id(s)
			}
			return out
		}
		for _, d := range g.Documents {
			d.ID = id(d.ID)
			out.Documents = append(out.Documents, d)
		}
		for _, e := range g.Entities {
			e.ID = id(e.ID)
			if e.Variants != nil {
				vs := make([]graph.Variant, len(e.Variants))
				for i, v := range e.Variants {
					vs[i] = graph.Variant{Name: v.Name, Documents: map[string]int{}}
					for d, c := range v.Documents {
						vs[i].Documents[id(d)] = c
					}
				}
				e.Variants = vs
			}
			out.Entities = append(out.Entities, e)
		}
		for _, r := range g.Relations {
			r.From, r.To, r.Sources = id(r.From), id(r.To), ids(r.Sources)
			if r.Evidence != nil {
				evs := make([]graph.Evidence, len(r.Evidence))
				for i, ev := range r.Evidence {
					ev.Document = id(ev.Document)
					evs[i] = ev
				}
				r.Evidence = evs
			}
			out.Relations = append(out.Relations, r)
		}
		for _, m := range g.Mentions {
			m.Entity, m.Document = id(m.Entity), id(m.Document)
			out.Mentions = append(out.Mentions, m)
		}
		for _, c := range g.Conflicts {
			c.ID, c.Subject = id(c.ID), id(c.Subject)
			if c.Values != nil {
				vs := make([]graph.ConflictValue, len(c.Values))
				for i, v := range c.Values {
					v.Documents = ids(v.Documents)
					vs[i] = v
				}
				c.Values = vs
			}
			out.Conflicts = append(out.Conflicts, c)
		}
	}
	return out
}
