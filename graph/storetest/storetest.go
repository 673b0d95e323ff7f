// Package storetest is the contract every graph.Store must pass, written once
// and run against each backend, so that the embedded store and the Neo4j
// store cannot drift apart: a graph written to either reads back the same.
//
// A backend's test calls Run with a function that opens an empty store:
//
//	func TestStore(t *testing.T) {
//		storetest.Run(t, func(t *testing.T) graph.Store { ... })
//	}
package storetest

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/kgbuild/kg/graph"
)

// Run runs the whole suite. open must return an empty store, and is called
// once per subtest; the subtests run one after the other, so a backend whose
// stores share a server may empty it in open. Run closes the stores it opens.
func Run(t *testing.T, open func(t *testing.T) graph.Store) {
	tests := []struct {
		name string
		run  func(t *testing.T, s graph.Store)
	}{
		{"EmptyStore", testEmptyStore},
		{"RoundTrip", testRoundTrip},
		{"LoadIsSorted", testLoadIsSorted},
		{"Idempotent", testIdempotent},
		{"Stats", testStats},
		{"Documents", testDocuments},
		{"Updates", testUpdates},
		{"ReplaceWithEmpty", testReplaceWithEmpty},
		{"UnicodeAndIDs", testUnicodeAndIDs},
		{"ZeroValues", testZeroValues},
		{"Many", testMany},
		{"CanceledReplaceKeepsGraph", testCanceledReplace},
		{"InterruptedReplaceTellsTruth", testInterruptedReplace},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			t.Cleanup(func() {
				if err := s.Close(context.Background()); err != nil {
					t.Errorf("close: %v", err)
				}
			})
			tt.run(t, s)
		})
	}
}

func testEmptyStore(t *testing.T, s graph.Store) {
	ctx := context.Background()
	g, err := s.Load(ctx)
	if err != nil {
		t.Fatalf("load empty store: %v", err)
	}
	if g == nil {
		t.Fatal("load empty store: nil graph, want an empty one")
	}
	Equal(t, &graph.Graph{}, g)
	docs, err := s.Documents(ctx)
	if err != nil {
		t.Fatalf("documents of empty store: %v", err)
	}
	if len(docs) != 0 {
		t.Errorf("documents of empty store = %v, want none", docs)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatalf("stats of empty store: %v", err)
	}
	checkStats(t, graph.Stats{}, st)
}

func testRoundTrip(t *testing.T, s graph.Store) {
	in := Sample()
	shuffle(in)
	replace(t, s, in)
	Equal(t, Sample(), load(t, s))
}

func testLoadIsSorted(t *testing.T, s graph.Store) {
	in := Sample()
	shuffle(in)
	replace(t, s, in)
	g := load(t, s)
	if !sort.SliceIsSorted(g.Documents, func(i, j int) bool { return g.Documents[i].ID < g.Documents[j].ID }) {
		t.Errorf("documents not sorted by id: %v", ids(g))
	}
	if !sort.SliceIsSorted(g.Entities, func(i, j int) bool { return g.Entities[i].ID < g.Entities[j].ID }) {
		t.Errorf("entities not sorted by id: %v", ids(g))
	}
	if !sort.SliceIsSorted(g.Relations, func(i, j int) bool { return g.Relations[i].Key() < g.Relations[j].Key() }) {
		t.Error("relations not sorted by key")
	}
	if !sort.SliceIsSorted(g.Conflicts, func(i, j int) bool { return g.Conflicts[i].ID < g.Conflicts[j].ID }) {
		t.Error("conflicts not sorted by id")
	}
}

func testIdempotent(t *testing.T, s graph.Store) {
	ctx := context.Background()
	replace(t, s, Sample())
	first := load(t, s)
	st1, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	replace(t, s, Sample())
	replace(t, s, Sample())
	Equal(t, first, load(t, s))
	st2, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	checkStats(t, st1, st2)
}

func testStats(t *testing.T, s graph.Store) {
	replace(t, s, Sample())
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	checkStats(t, graph.Stats{
		Documents: 3,
		Entities: map[string]int{graph.Person: 2, graph.Character: 2, graph.Series: 1, graph.Book: 1,
			graph.Organization: 1, graph.Place: 1},
		Relations: map[string]int{"PLAYS": 1, "STARS_IN": 1, "WROTE": 1, "BASED_ON": 1, "AIRS_ON": 1,
			"SET_IN": 1, "RELATIVE_OF": 1, "APPEARS_IN": 2, "CREATED": 1},
		Mentions:  9,
		Conflicts: 1,
	}, st)
}

func testDocuments(t *testing.T, s graph.Store) {
	replace(t, s, Sample())
	docs, err := s.Documents(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	sort.Slice(docs, func(i, j int) bool { return docs[i].ID < docs[j].ID })
	if !reflect.DeepEqual(docs, Sample().Documents) {
		t.Errorf("documents:\n got %+v\nwant %+v", docs, Sample().Documents)
	}
}

// testUpdates replaces the sample with edited versions of it, each time
// checking that the store holds exactly the new graph.
func testUpdates(t *testing.T, s graph.Store) {
	steps := []struct {
		name string
		edit func(g *graph.Graph)
	}{
		{"change conflict", func(g *graph.Graph) {
			c := &g.Conflicts[0]
			c.Values = append(c.Values, graph.ConflictValue{Value: "René Ballard", Documents: []string{"doc-001"}})
			c.Values[0].Documents = []string{"doc-001", "doc-000"}
			c.Topic = "spelling of the lead character"
		}},
		{"drop document", func(g *graph.Graph) {
			// 002 goes away: its mentions, variant uses, claims and the
			// facts only it supported go with it.
			dropDocument(g, "doc-002")
		}},
		{"drop entity", func(g *graph.Graph) { dropEntity(g, "character-tutu") }},
		{"drop relation", func(g *graph.Graph) { dropRelation(g, "series-ballard|AIRS_ON|org-prime-video") }},
		{"edit document", func(g *graph.Graph) {
			g.Documents[0].Hash = strings.Repeat("e", 64)
			g.Documents[0].Size = 999
			g.Documents[0].Title = "Ballard (edited)"
			r := findRelation(g, "person-maggie-q|PLAYS|character-renee-ballard")
			r.Sources = []string{"doc-000"}
			r.Evidence = r.Evidence[:1]
			r.Evidence[0].Text = "Maggie Q stars as Detective Renée Ballard."
			r.Detail = "lead"
			r.Confidence = 0.5
			g.Relations = append(g.Relations, graph.Relation{From: "person-michael-connelly", Type: "EXECUTIVE_PRODUCER_OF",
				To: "series-ballard", Sources: []string{"doc-000"}})
			g.Mentions[0].Count = 42
		}},
		{"change entity type and names", func(g *graph.Graph) {
			e := findEntity(g, "book-the-late-show")
			e.Type = graph.Series
			e.Name = "The Late Show (series)"
			e.Aliases = []string{"Late Show"}
			e.Roles = []string{"adaptation"}
			e.Variants = []graph.Variant{{Name: "Late Show", Documents: map[string]int{"doc-000": 1}}}
			e.Typing = []graph.TypeVote{{Type: graph.Series, Rule: "title word", Mentions: 1, Decided: true}}
		}},
		{"drop typing", func(g *graph.Graph) { findEntity(g, "character-renee-ballard").Typing = nil }},
		{"add back", func(g *graph.Graph) { *g = *Sample() }},
	}
	g := Sample()
	replace(t, s, g)
	for _, step := range steps {
		g = clone(g)
		step.edit(g)
		replace(t, s, g)
		got := load(t, s)
		if !equal(g, got) {
			t.Fatalf("after %s:\n%s", step.name, diff(g, got))
		}
		st, err := s.Stats(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		checkStats(t, g.Count(), st)
	}
}

func testReplaceWithEmpty(t *testing.T, s graph.Store) {
	ctx := context.Background()
	replace(t, s, Sample())
	replace(t, s, &graph.Graph{})
	Equal(t, &graph.Graph{}, load(t, s))
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	checkStats(t, graph.Stats{}, st)
}

func testUnicodeAndIDs(t *testing.T, s graph.Store) {
	g := &graph.Graph{
		Documents: []graph.Document{
			{ID: "sources/été 2025/ü.txt", Path: "sources/été 2025/ü.txt", Title: "Ōkami — 狼", Hash: strings.Repeat("a", 64), Size: 12},
			{ID: "doc'with\"quotes`and\\slash", Path: "x.txt", Hash: strings.Repeat("b", 64), Size: 1},
		},
		Entities: []graph.Entity{
			{ID: "Character:Renée Ballard", Type: graph.Character, Name: "Renée Ballard",
				Aliases: []string{"RENÉE", "Renee Ballard", "Ре́ней"},
				Variants: []graph.Variant{
					{Name: "Renée Ballard", Documents: map[string]int{"sources/été 2025/ü.txt": 2}},
					{Name: "Renee Ballard", Documents: map[string]int{"doc'with\"quotes`and\\slash": 1}},
				}},
			{ID: "person/李小龍", Type: graph.Person, Name: "李小龍 🐉", Aliases: []string{"Bruce Lee"}},
			{ID: "MATCH (n) DETACH DELETE n", Type: graph.Place, Name: "Zürich", Aliases: []string{}},
		},
		Relations: []graph.Relation{{From: "person/李小龍", Type: "PLAYS", To: "Character:Renée Ballard",
			Sources:  []string{"sources/été 2025/ü.txt"},
			Evidence: []graph.Evidence{{Document: "sources/été 2025/ü.txt", Text: "李小龍 🐉 plays «Renée».\n", Start: 3, End: 31}}}},
		Mentions: []graph.Mention{{Entity: "MATCH (n) DETACH DELETE n", Document: "doc'with\"quotes`and\\slash", Count: 1}},
	}
	replace(t, s, g)
	got := load(t, s)
	Equal(t, g, got)
	for i, e := range got.Entities {
		if e.ID == "Character:Renée Ballard" && e.Name != "Renée Ballard" {
			t.Errorf("entity %d name = %q, want the bytes of %q", i, e.Name, "Renée Ballard")
		}
	}
}

// testZeroValues checks that empty strings, zero numbers and empty lists
// read back the way they were written (as far as JSON can tell them apart).
func testZeroValues(t *testing.T, s graph.Store) {
	g := &graph.Graph{
		Documents: []graph.Document{{ID: "d"}},
		Entities: []graph.Entity{
			{ID: "a", Type: graph.Person, Name: "A", Aliases: []string{}},
			{ID: "b", Type: graph.Person, Name: "B", Aliases: []string{""}},
			{ID: "c", Type: graph.Person, Name: ""},
		},
		Relations: []graph.Relation{{From: "a", Type: "PARTNER_OF", To: "b", Sources: []string{}}},
		Mentions:  []graph.Mention{{Entity: "a", Document: "d", Count: 0}},
		Conflicts: []graph.Conflict{{ID: "k", Kind: "fact", Subject: "not an entity id",
			Values: []graph.ConflictValue{{Value: "", Documents: []string{"d"}}}}},
	}
	replace(t, s, g)
	Equal(t, g, load(t, s))
}

// testMany writes a graph big enough to need several batches in a batching
// backend.
func testMany(t *testing.T, s graph.Store) {
	const n = 300
	g := many(n)
	replace(t, s, g)
	Equal(t, g, load(t, s))
	// Drop every other entity and what points at it.
	h := clone(g)
	for i := 0; i < n; i += 2 {
		dropEntity(h, fmt.Sprintf("e-%04d", i))
	}
	replace(t, s, h)
	Equal(t, h, load(t, s))
}

func testCanceledReplace(t *testing.T, s graph.Store) {
	replace(t, s, Sample())
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	other := Sample()
	dropDocument(other, "doc-001")
	if err := s.Replace(ctx, other); err == nil {
		t.Fatal("Replace with a canceled context succeeded, want an error")
	}
	Equal(t, Sample(), load(t, s))
}

func replace(t *testing.T, s graph.Store, g *graph.Graph) {
	t.Helper()
	if err := s.Replace(context.Background(), g); err != nil {
		t.Fatalf("replace: %v", err)
	}
}

func load(t *testing.T, s graph.Store) *graph.Graph {
	t.Helper()
	g, err := s.Load(context.Background())
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	if g == nil {
		t.Fatal("load: nil graph")
	}
	return g
}

func checkStats(t *testing.T, want, got graph.Stats) {
	t.Helper()
	norm := func(s graph.Stats) graph.Stats {
		out := s
		out.Entities, out.Relations = map[string]int{}, map[string]int{}
		for k, v := range s.Entities {
			if v != 0 {
				out.Entities[k] = v
			}
		}
		for k, v := range s.Relations {
			if v != 0 {
				out.Relations[k] = v
			}
		}
		return out
	}
	if w, g := norm(want), norm(got); !reflect.DeepEqual(w, g) {
		t.Errorf("stats:\n got %+v\nwant %+v", g, w)
	}
}

// Equal fails t unless want and got are the same graph once normalised (see
// Normalize).
func Equal(t testing.TB, want, got *graph.Graph) {
	t.Helper()
	if !equal(want, got) {
		t.Fatalf("graphs differ:\n%s", diff(want, got))
	}
}

func equal(want, got *graph.Graph) bool {
	return reflect.DeepEqual(Normalize(want), Normalize(got))
}

// Normalize returns a sorted copy of g in which empty and nil slices and
// maps are alike (nil), the one difference between backends that no export
// shows, since the JSON export writes both as [] or omits both.
func Normalize(g *graph.Graph) *graph.Graph {
	c := clone(g)
	c.Sort()
	c.Documents = nilIfEmpty(c.Documents)
	c.Entities = nilIfEmpty(c.Entities)
	c.Relations = nilIfEmpty(c.Relations)
	c.Mentions = nilIfEmpty(c.Mentions)
	c.Conflicts = nilIfEmpty(c.Conflicts)
	for i := range c.Entities {
		e := &c.Entities[i]
		e.Aliases, e.Roles, e.Merges = nilIfEmpty(e.Aliases), nilIfEmpty(e.Roles), nilIfEmpty(e.Merges)
		e.Variants, e.Typing = nilIfEmpty(e.Variants), nilIfEmpty(e.Typing)
		for j := range e.Variants {
			if len(e.Variants[j].Documents) == 0 {
				e.Variants[j].Documents = nil
			}
		}
	}
	for i := range c.Relations {
		r := &c.Relations[i]
		r.Sources, r.Evidence = nilIfEmpty(r.Sources), nilIfEmpty(r.Evidence)
	}
	for i := range c.Conflicts {
		k := &c.Conflicts[i]
		k.Values = nilIfEmpty(k.Values)
		for j := range k.Values {
			v := &k.Values[j]
			v.Documents, v.Evidence = nilIfEmpty(v.Documents), nilIfEmpty(v.Evidence)
		}
	}
	return c
}

func nilIfEmpty[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return s
}

// diff shows the first lines where the JSON of two graphs differs.
func diff(want, got *graph.Graph) string {
	w, _ := json.MarshalIndent(Normalize(want), "", " ")
	g, _ := json.MarshalIndent(Normalize(got), "", " ")
	wl, gl := strings.Split(string(w), "\n"), strings.Split(string(g), "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var a, b string
		if i < len(wl) {
			a = wl[i]
		}
		if i < len(gl) {
			b = gl[i]
		}
		if a != b {
			lo := max(0, i-3)
			return fmt.Sprintf("first difference at line %d:\nwant:\n%s\ngot:\n%s", i+1,
				strings.Join(wl[lo:min(len(wl), i+6)], "\n"), strings.Join(gl[lo:min(len(gl), i+6)], "\n"))
		}
	}
	return "(same JSON; differs in nil/empty or map details)"
}

// clone deep-copies g through JSON, which is exact for graph types.
func clone(g *graph.Graph) *graph.Graph {
	data, err := json.Marshal(g)
	if err != nil {
		panic(err)
	}
	var c graph.Graph
	if err := json.Unmarshal(data, &c); err != nil {
		panic(err)
	}
	return &c
}

func ids(g *graph.Graph) []string {
	var out []string
	for _, d := range g.Documents {
		out = append(out, d.ID)
	}
	for _, e := range g.Entities {
		out = append(out, e.ID)
	}
	return out
}

// shuffle reverses every top-level slice, so that a store that keeps input
// order instead of sorting is caught.
func shuffle(g *graph.Graph) {
	reverse(g.Documents)
	reverse(g.Entities)
	reverse(g.Relations)
	reverse(g.Mentions)
	reverse(g.Conflicts)
}

func reverse[T any](s []T) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}
