package neo4j_test

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/graph/embedded"
	"github.com/kgbuild/kg/graph/neo4j"
	"github.com/kgbuild/kg/graph/neo4j/neo4jtest"
	"github.com/kgbuild/kg/graph/storetest"
)

// awkward returns the sample graph with the values a CSV file finds hard:
// quotes, commas, semicolons, backslashes and line breaks in text, empty
// strings, empty lists and lists of one empty string (which the import
// tool cannot write), a list of merges longer than the tool's default read
// buffer (4 MiB), and a conflict about a name that is no entity. Its
// values are all ones the store reads back as written (an empty list of
// roles would read back as none), so that writing it again writes nothing.
func awkward() *graph.Graph {
	g := storetest.Sample()
	odd := "He said \"no\", then; left\\right\r\nnext line, 'quoted' — café"
	g.Documents = append(g.Documents, graph.Document{ID: "doc-odd", Path: "sources/odd, \"name\".txt",
		Title: odd, Hash: "", Size: 0})
	g.Entities = append(g.Entities,
		graph.Entity{ID: "person-odd", Type: graph.Person, Name: odd, Aliases: []string{""},
			Merges: []string{"", "x"},
			Typing: []graph.TypeVote{{Type: graph.Person, Rule: ""}},
			Variants: []graph.Variant{{Name: odd, Documents: map[string]int{"doc-odd": 1}},
				{Name: "", Documents: map[string]int{}}}},
		graph.Entity{ID: "place-empty", Type: graph.Place, Name: "", Aliases: []string{}},
		graph.Entity{ID: "person-merged", Type: graph.Person, Name: "Merged",
			Merges: []string{strings.Repeat("a merged name; ", 4<<20/15+1<<15)}})
	g.Relations = append(g.Relations,
		graph.Relation{From: "person-odd", Type: "SET_IN", To: "place-empty", Sources: []string{},
			Detail: odd, Confidence: 1e-7, Evidence: []graph.Evidence{{Document: "doc-odd", Text: ""}}},
		graph.Relation{From: "place-empty", Type: "MEMBER_OF", To: "person-odd", Sources: []string{"doc-odd", ""}})
	g.Mentions = append(g.Mentions, graph.Mention{Entity: "person-odd", Document: "doc-odd", Count: 0})
	g.Conflicts = append(g.Conflicts, graph.Conflict{ID: "conflict-odd", Kind: "fact", Subject: "somebody unknown",
		Values: []graph.ConflictValue{{Value: "", Documents: []string{}, Evidence: []string{""}},
			{Value: odd, Documents: []string{"doc-odd", "doc-000"}, Evidence: []string{odd, ""}}}})
	return g
}

// TestImportFiles imports WriteImport's files with the real neo4j-admin of
// scripts/neo4j-local's distribution into a fresh database of a server of
// its own, and checks that the database holds what Replace writes for the
// same graph, node for node and property for property, that the store
// reads the graph back, and that a later Replace writes only the
// difference. KG_NEO4J_IMPORT_STORE names an embedded store whose graph to
// import instead (for example one kgbench built), to time a large import.
func TestImportFiles(t *testing.T) {
	cfg := neo4jtest.Config(t)
	lib := neo4jLib(t)
	ctx := context.Background()
	g := awkward()
	if dir := os.Getenv("KG_NEO4J_IMPORT_STORE"); dir != "" {
		g = loadStore(t, dir)
	}

	// The graph as Replace writes it, on the server of the other tests.
	s := neo4jtest.Open(t, 0)
	if err := s.Replace(ctx, g); err != nil {
		t.Fatal(err)
	}
	want := dump(t, cfg)
	if err := s.Replace(ctx, g); err != nil {
		t.Fatal(err)
	}
	if gen := count(t, cfg, "MATCH (l:KgLock) RETURN l.generation AS n"); gen != 1 {
		t.Fatalf("Replace wrote the same graph again (generation %d): the test graph does not read back as written", gen)
	}

	// The same graph imported into a fresh database.
	im, err := neo4j.WriteImport(t.TempDir(), g)
	if err != nil {
		t.Fatal(err)
	}
	if os.Getenv("KG_NEO4J_IMPORT_STORE") == "" && !slices.ContainsFunc(im.Args("neo4j"), func(a string) bool {
		return strings.HasPrefix(a, "--read-buffer-size=")
	}) {
		t.Errorf("no --read-buffer-size for a value of %d bytes: the tool would fail on it", im.Longest)
	}
	srv := newLocalServer(t, lib)
	srv.run(t, append(append([]string{"admin"}, im.Args("neo4j")...), "--report-file="+filepath.Join(t.TempDir(), "import.report"))...)
	srv.run(t, "start")
	fresh := neo4j.Config{URI: srv.uri}
	if got := dump(t, fresh); !hasMarks(got) && hasLists(g) {
		t.Errorf("the import left no list marks: the test no longer covers finishing an import")
	}
	imported, err := neo4j.Open(ctx, fresh) // finishes the import
	if err != nil {
		t.Fatal(err)
	}
	defer imported.Close(ctx)
	if got := dump(t, fresh); !equalLines(t, want, got) {
		t.Fatal("the imported database differs from the one Replace wrote")
	}
	back, err := imported.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}
	storetest.Equal(t, g, back)

	// A later ingest writes only the difference: nothing for the same
	// graph, one new relationship for a graph with one more relation.
	if err := imported.Replace(ctx, g); err != nil {
		t.Fatal(err)
	}
	if gen := count(t, fresh, "MATCH (l:KgLock) RETURN l.generation AS n"); gen != 1 {
		t.Errorf("an unchanged graph was written over the import (generation %d, want 1)", gen)
	}
	more := withNewRelation(g)
	if err := imported.Replace(ctx, more); err != nil {
		t.Fatal(err)
	}
	if n := count(t, fresh, "MATCH (x) WHERE x.kg_new = 2 RETURN count(x) AS n") +
		count(t, fresh, "MATCH ()-[x]->() WHERE x.kg_new = 2 RETURN count(x) AS n"); n != 1 {
		t.Errorf("one new relation wrote %d elements, want 1", n)
	}
	back, err = imported.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}
	storetest.Equal(t, more, back)
}

// withNewRelation returns a copy of g with one relation more.
func withNewRelation(g *graph.Graph) *graph.Graph {
	c := *g
	have := map[string]bool{}
	for _, r := range g.Relations {
		have[r.Key()] = true
	}
	for _, e := range g.Entities[1:] {
		r := graph.Relation{From: g.Entities[0].ID, Type: "KILLED", To: e.ID, Sources: []string{"new"}}
		if !have[r.Key()] {
			c.Relations = append(append([]graph.Relation(nil), g.Relations...), r)
			return &c
		}
	}
	panic("no relation to add")
}

// hasLists reports whether g has a list the import tool cannot write.
func hasLists(g *graph.Graph) bool {
	for _, e := range g.Entities {
		if e.Aliases != nil && len(e.Aliases) == 0 {
			return true
		}
	}
	return false
}

// hasMarks reports whether a dump shows an element marked by an import.
func hasMarks(lines []string) bool {
	for _, l := range lines {
		if strings.Contains(l, `"kg_empty"`) || strings.Contains(l, `"kg_blank"`) {
			return true
		}
	}
	return false
}

func loadStore(t *testing.T, dir string) *graph.Graph {
	t.Helper()
	src, err := embedded.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	g, err := src.Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// dump returns every node and relationship of the database as sorted lines
// of text: a node's sorted labels and its properties, a relationship's
// type, its ends (by first label and id or key) and its properties, values
// printed with their Go syntax so that [] and [""] differ.
func dump(t *testing.T, cfg neo4j.Config) []string {
	t.Helper()
	var out []string
	for _, r := range neo4jtest.Run(t, cfg, "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props", nil) {
		labels := fmt.Sprint(r["labels"])
		ls := strings.Fields(strings.Trim(labels, "[]"))
		sort.Strings(ls)
		out = append(out, fmt.Sprintf("node %v %#v", ls, r["props"]))
	}
	for _, r := range neo4jtest.Run(t, cfg, `MATCH (a)-[r]->(b)
RETURN type(r) AS type, labels(a)[0] + ' ' + coalesce(a.id, a.key) AS from,
       labels(b)[0] + ' ' + coalesce(b.id, b.key) AS to, properties(r) AS props`, nil) {
		out = append(out, fmt.Sprintf("rel %v %q %q %#v", r["type"], r["from"], r["to"], r["props"]))
	}
	sort.Strings(out)
	return out
}

// equalLines reports whether two dumps are equal, and logs the lines that
// differ (up to 20).
func equalLines(t *testing.T, want, got []string) bool {
	t.Helper()
	in := func(lines []string) map[string]int {
		m := map[string]int{}
		for _, l := range lines {
			m[l]++
		}
		return m
	}
	w, g := in(want), in(got)
	shown := 0
	for _, l := range want {
		if g[l] < w[l] && shown < 20 {
			t.Logf("missing:    %s", l)
			shown++
		}
	}
	for _, l := range got {
		if w[l] < g[l] && shown < 20 {
			t.Logf("unexpected: %s", l)
			shown++
		}
	}
	return shown == 0 && len(want) == len(got)
}

func count(t *testing.T, cfg neo4j.Config, cypher string) int64 {
	t.Helper()
	rows := neo4jtest.Run(t, cfg, cypher, nil)
	if len(rows) != 1 {
		t.Fatalf("%s: %d rows", cypher, len(rows))
	}
	n, _ := rows[0]["n"].(int64)
	return n
}

// neo4jLib returns the folder of the server's jars that scripts/neo4j-local
// fetched: that of the home in NEO4J_HOME_DIR (which its env command
// exports), else the repository's .neo4j. The test fails without one under
// KG_REQUIRE_NEO4J=1, and skips otherwise.
func neo4jLib(t *testing.T) string {
	t.Helper()
	home := os.Getenv("NEO4J_HOME_DIR")
	if home == "" {
		home = "../../.neo4j"
	}
	lib, err := filepath.Abs(filepath.Join(home, "lib"))
	if err == nil {
		_, err = os.Stat(filepath.Join(lib, ".pom.sha256"))
	}
	if err != nil {
		msg := "neo4j: no jars of scripts/neo4j-local to run neo4j-admin with (" + lib + "): start a server with scripts/neo4j-local start and eval \"$(scripts/neo4j-local env)\""
		if os.Getenv("KG_REQUIRE_NEO4J") == "1" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return lib
}

// localServer is a server of scripts/neo4j-local in a home of its own, on
// free ports, sharing the jars of the main server; it is stopped when the
// test ends.
type localServer struct {
	env []string
	uri string
}

func newLocalServer(t *testing.T, lib string) *localServer {
	t.Helper()
	home := t.TempDir()
	if err := os.Symlink(lib, filepath.Join(home, "lib")); err != nil {
		t.Fatal(err)
	}
	ports := freePorts(t, 2)
	bolt, http := ports[0], ports[1]
	s := &localServer{uri: "bolt://127.0.0.1:" + bolt}
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "NEO4J_") {
			s.env = append(s.env, kv)
		}
	}
	s.env = append(s.env, "NEO4J_HOME_DIR="+home, "NEO4J_BOLT_PORT="+bolt, "NEO4J_HTTP_PORT="+http,
		"NEO4J_HEAP=512m", "NEO4J_PAGECACHE=128m", "NEO4J_START_WAIT=bolt", "NEO4J_PASSWORD=")
	t.Cleanup(func() {
		cmd := exec.Command("../../scripts/neo4j-local", "stop")
		cmd.Env = s.env
		cmd.Run()
	})
	return s
}

// run runs scripts/neo4j-local with args on the server's home.
func (s *localServer) run(t *testing.T, args ...string) {
	t.Helper()
	cmd := exec.Command("../../scripts/neo4j-local", args...)
	cmd.Env = s.env
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("scripts/neo4j-local %s: %v\n%s", args[0], err, out)
	}
	t.Logf("scripts/neo4j-local %s: %s", args[0], lastLines(string(out), 6))
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// freePorts returns n distinct ports on which nothing listens.
func freePorts(t *testing.T, n int) []string {
	t.Helper()
	var out []string
	for range n {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		defer l.Close()
		out = append(out, fmt.Sprint(l.Addr().(*net.TCPAddr).Port))
	}
	return out
}
