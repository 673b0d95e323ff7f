package main

import (
	"context"
	"strings"
	"testing"

	"github.com/kgbuild/kg/graph/neo4j/neo4jtest"
	"github.com/kgbuild/kg/graph/storetest"
	"github.com/kgbuild/kg/queries"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

func TestQueryList(t *testing.T) {
	code, stdout, stderr := runKG(t, "query")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, q := range queries.All() {
		if !strings.Contains(stdout, "\n  "+q.Name) || !strings.Contains(stdout, q.Question) {
			t.Errorf("list lacks %s:\n%s", q.Name, stdout)
		}
	}
	if !strings.Contains(stdout, "cast --param series=...") {
		t.Errorf("list does not show how to pass parameters:\n%s", stdout)
	}
	// Every query the Browser guide shows is listed, the graph view too.
	for _, q := range queries.Browser() {
		if !strings.Contains(stdout, "\n  "+q.Name+" --param name=...") {
			t.Errorf("list lacks the guide's %s:\n%s", q.Name, stdout)
		}
	}
}

func TestGraphText(t *testing.T) {
	renee := dbtype.Node{ElementId: "4:a:1", Props: map[string]any{"name": "Renée Ballard"}}
	maggie := dbtype.Node{ElementId: "4:a:2", Props: map[string]any{"name": "Maggie Q"}}
	doc := dbtype.Node{ElementId: "4:a:3", Props: map[string]any{"title": "Ballard (TV series)"}}
	plays := dbtype.Relationship{StartElementId: "4:a:2", EndElementId: "4:a:1", Type: "PLAYS"}
	mentioned := dbtype.Relationship{StartElementId: "4:a:1", EndElementId: "4:a:3", Type: "MENTIONED_IN"}
	tests := []struct {
		name string
		v    any
		want string
	}{
		{"path against the relation", dbtype.Path{Nodes: []dbtype.Node{renee, maggie}, Relationships: []dbtype.Relationship{plays}},
			"(Renée Ballard)<-[:PLAYS]-(Maggie Q)"},
		{"path along the relations", dbtype.Path{Nodes: []dbtype.Node{maggie, renee, doc}, Relationships: []dbtype.Relationship{plays, mentioned}},
			"(Maggie Q)-[:PLAYS]->(Renée Ballard)-[:MENTIONED_IN]->(Ballard (TV series))"},
		{"node", renee, "(Renée Ballard)"},
		{"relationship", plays, "[:PLAYS]"},
		{"list of paths", []any{dbtype.Path{Nodes: []dbtype.Node{renee}}, dbtype.Path{Nodes: []dbtype.Node{maggie}}}, "(Renée Ballard), (Maggie Q)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cell(tt.v); got != tt.want {
				t.Errorf("cell = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestQueryUsage needs no server: the command line is checked first.
func TestQueryUsage(t *testing.T) {
	setenv(t, "NEO4J_URI", "")
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"unknown query", []string{"query", "nope"}, exitUsage, `no saved query "nope"`},
		{"missing parameter", []string{"query", "cast"}, exitUsage, "missing --param series=..."},
		{"missing parameters", []string{"query", "path", "-p", "from=A"}, exitUsage, "missing --param to=..."},
		{"unknown parameter", []string{"query", "cast", "--param", "series=A", "--param", "year=1"}, exitUsage, `unknown parameter "year"`},
		{"parameter twice", []string{"query", "cast", "--param", "series=A", "--param", "series=B"}, exitUsage, "given twice"},
		{"not KEY=VALUE", []string{"query", "cast", "--param", "series"}, exitUsage, "want KEY=VALUE"},
		{"two names", []string{"query", "cast", "crew"}, exitUsage, "one query at a time"},
		{"unknown flag after name", []string{"query", "cast", "--series", "A"}, exitUsage, "query: unknown flag --series"},
		{"--param at the end", []string{"query", "cast", "--param"}, exitUsage, "query: flag --param needs a value"},
		{"a comma stays in the value", []string{"query", "cast", "--param", "series=A,year=2"}, exitError, "saved queries run on Neo4j"},
		{"param without name", []string{"query", "--param", "a=b"}, exitUsage, "needs a query NAME"},
		{"no neo4j", []string{"query", "cast", "--param", "series=A"}, exitError, "saved queries run on Neo4j"},
		{"unreachable", []string{"--neo4j-uri", "bolt://127.0.0.1:1", "query", "cast", "--param", "series=A"}, exitError,
			"hint: saved queries run only on Neo4j: is it running at bolt://127.0.0.1:1? Start one with 'scripts/neo4j-local start'"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runKG(t, tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d", code, tt.code)
			}
			if !strings.Contains(stderr, tt.want) {
				t.Errorf("stderr lacks %q:\n%s", tt.want, stderr)
			}
			// Saved queries cannot run on the embedded store: no hint
			// may send a person there.
			if strings.Contains(stderr, "to use the embedded store") {
				t.Errorf("the hint offers the embedded store:\n%s", stderr)
			}
		})
	}
}

func TestQueryRun(t *testing.T) {
	st := neo4jtest.Open(t, 0)
	if err := st.Replace(context.Background(), storetest.Sample()); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"table", []string{"query", "cast", "--param", "series=Ballard"},
			"series   actor     character\n" +
				"Ballard  Maggie Q  Renée Ballard\n" +
				"(1 row)\n"},
		{"table with lists and nulls", []string{"query", "entity", "-p", "name=Tutu"},
			"entity  type       aliases  relation     direction  other          other_type  detail       sources\n" +
				"Tutu    Character           APPEARS_IN   ->         Ballard        Series                   doc-002\n" +
				"Tutu    Character           RELATIVE_OF  ->         Renée Ballard  Character   grandmother  doc-002\n" +
				"(2 rows)\n"},
		{"no rows", []string{"query", "cast", "--param", "series=Nope"},
			"series  actor  character\n(0 rows)\n"},
		{"json", []string{"query", "spellings", "--param", "name=Renee Ballard", "--json"},
			"[\n" +
				`  {"entity": "Renée Ballard", "spelling": "Ballard", "document": "sources/000.txt", "count": 5},` + "\n" +
				`  {"entity": "Renée Ballard", "spelling": "Ballard", "document": "sources/001.txt", "count": 4},` + "\n" +
				`  {"entity": "Renée Ballard", "spelling": "Ballard", "document": "sources/002.txt", "count": 1},` + "\n" +
				`  {"entity": "Renée Ballard", "spelling": "Renee Ballard", "document": "sources/002.txt", "count": 2},` + "\n" +
				`  {"entity": "Renée Ballard", "spelling": "Renée Ballard", "document": "sources/000.txt", "count": 3},` + "\n" +
				`  {"entity": "Renée Ballard", "spelling": "Renée Ballard", "document": "sources/001.txt", "count": 1}` + "\n" +
				"]\n"},
		{"flags before the name", []string{"query", "--json", "-p", "series=Ballard", "cast"},
			"[\n" + `  {"series": "Ballard", "actor": "Maggie Q", "character": "Renée Ballard"}` + "\n]\n"},
		{"--param=KEY=VALUE", []string{"query", "cast", "--param=series=Ballard (TV series)"},
			"series   actor     character\n" +
				"Ballard  Maggie Q  Renée Ballard\n" +
				"(1 row)\n"},
		{"graph view, one path a line", []string{"query", "entity-neighbourhood", "--param", "name=Tutu"},
			"p\n" +
				"(Tutu)-[:APPEARS_IN]->(Ballard)\n" +
				"(Tutu)-[:RELATIVE_OF]->(Renée Ballard)\n" +
				"(2 rows)\n"},
		{"graph view as JSON", []string{"query", "entity-neighbourhood", "--param", "name=Tutu", "--json"},
			"[\n" +
				`  {"p": "(Tutu)-[:APPEARS_IN]->(Ballard)"},` + "\n" +
				`  {"p": "(Tutu)-[:RELATIVE_OF]->(Renée Ballard)"}` + "\n" +
				"]\n"},
		{"json, no parameters", []string{"--neo4j", "query", "relatives", "--json"},
			"[\n" + `  {"character": "Tutu", "kind": "family", "detail": "grandmother", "other": "Renée Ballard"}` + "\n]\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runKG(t, tt.args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			if stdout != tt.want {
				t.Errorf("stdout:\n%s\nwant:\n%s", stdout, tt.want)
			}
		})
	}
}
