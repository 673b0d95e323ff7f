package queries_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/kgbuild/kg/internal/golden"

	"github.com/kgbuild/kg/pipeline/pipelinetest"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/graph/neo4j/neo4jtest"
	"github.com/kgbuild/kg/queries"
)

// seedDir is the seed corpus: five articles about the series Ballard.
const seedDir = "../sources/ballard"

// src is the path the pipeline records for the seed document id.
func src(id string) string { return seedDir + "/" + id + ".txt" }

// seedGraph runs the real pipeline on the seed corpus.
func seedGraph(t *testing.T) *graph.Graph {
	t.Helper()
	return pipelinetest.Graph(t, seedDir)
}

// seedCase is one saved query run on the seed corpus with what its rows
// must hold. The rows where selects (all rows when where is nil) must be
// exactly want, in order; no row may have a cell equal to one of absent;
// check, when set, looks at the rows with the graph they came from.
type seedCase struct {
	name   string
	query  string
	params map[string]any
	where  func(row) bool
	want   []row
	absent []string
	check  func(t *testing.T, g *graph.Graph, rows []row)
}

// mentioning selects the rows with a cell equal to one of values.
func mentioning(values ...string) func(row) bool {
	return func(r row) bool {
		for _, v := range r {
			for _, x := range values {
				if v == x {
					return true
				}
			}
		}
		return false
	}
}

// column selects the rows whose cell i is one of values.
func column(i int, values ...string) func(row) bool {
	return func(r row) bool {
		for _, x := range values {
			if r[i] == x {
				return true
			}
		}
		return false
	}
}

// TestSeedQueries writes the graph the pipeline makes of the seed corpus to
// a real server through the Neo4j store and runs every saved query on it:
// the facts the corpus is known for are checked row by row, and each
// query's whole output is compared with testdata/seed/NAME.golden, so that
// any change to the graph shows in review (go test -update rewrites them).
// parkerSpellings is what the spellings query answers whichever spelling
// of Parker it is asked with: both spellings, each with its documents.
var parkerSpellings = []row{
	{"Zamira Parker", "Samira Parker", src("001_2f2b5dcddfb59a86"), int64(1)},
	{"Zamira Parker", "Samira Parker", src("003_c720d0bdedcd237d"), int64(1)},
	{"Zamira Parker", "Samira Parker", src("004_7e01e6e73a6f2d4d"), int64(1)},
	{"Zamira Parker", "Zamira Parker", src("002_ee6f08d6101e13f5"), int64(1)},
}

func TestSeedQueries(t *testing.T) {
	neo4jtest.Config(t) // skips without NEO4J_URI before the pipeline runs
	g := seedGraph(t)
	s := neo4jtest.Open(t, 0)
	ctx := context.Background()
	if err := s.Replace(ctx, g); err != nil {
		t.Fatal(err)
	}
	var (
		all   = []string{"000_dee6675af200ba18", "001_2f2b5dcddfb59a86", "002_ee6f08d6101e13f5", "003_c720d0bdedcd237d", "004_7e01e6e73a6f2d4d"}
		renee = []any{"Renée Ballard", "Character", list("Renee Ballard", "Renée")}
		// fact is a row of the entity query for Renée Ballard.
		fact = func(rest ...any) row { return append(append(row{}, renee...), rest...) }
		// ids lists document ids, as the entity query's sources.
		ids = func(ids ...string) []any { return strs(ids) }
		// fromDoc lists document paths, as the conflicts query's documents.
		fromDoc = func(ids ...string) []any {
			out := []any{}
			for _, id := range ids {
				out = append(out, src(id))
			}
			return out
		}
	)
	tests := []seedCase{
		{name: "cast of Ballard: one row for Maggie Q and one for Courtney Taylor, spelled Zamira",
			query: "cast", params: map[string]any{"series": "Ballard"},
			where: mentioning("Maggie Q", "Renée Ballard", "Courtney Taylor", "Zamira Parker", "Samira Parker"),
			want: []row{
				{"Ballard", "Courtney Taylor", "Zamira Parker"},
				{"Ballard", "Maggie Q", "Renée Ballard"},
			},
			absent: []string{"Samira Parker"}},
		{name: "crew of Ballard: creators, showrunners, director",
			query: "crew", params: map[string]any{"series": "Ballard"},
			where: column(1, "creator", "showrunner", "director"),
			want: []row{
				{"Ballard", "creator", "Kendall Sherwood"},
				{"Ballard", "creator", "Michael Alaimo"},
				{"Ballard", "creator", "Michael Connelly"}, // "credited as co-creator" (002)
				{"Ballard", "showrunner", "Kendall Sherwood"},
				{"Ballard", "showrunner", "Michael Alaimo"},
				{"Ballard", "director", "Jet Wilkinson"},
			}},
		{name: "spellings of Zamira Parker and the documents using each",
			query: "spellings", params: map[string]any{"name": "Zamira Parker"},
			where: column(1, "Samira Parker", "Zamira Parker"),
			want:  parkerSpellings},
		{name: "spellings found by the variant Samira Parker",
			query: "spellings", params: map[string]any{"name": "Samira Parker"},
			where: column(1, "Samira Parker", "Zamira Parker"),
			want:  parkerSpellings},
		{name: "conflicts: renewal of Ballard, fate of Sarah",
			query: "conflicts",
			where: column(2, "renewal status of Ballard", "fate of Sarah"),
			want: []row{
				{"fate", "Sarah", "fate of Sarah", "disappearance", fromDoc("001_2f2b5dcddfb59a86")},
				{"fate", "Sarah", "fate of Sarah", "murder", fromDoc("002_ee6f08d6101e13f5", "004_7e01e6e73a6f2d4d")},
				{"renewal status", "Ballard", "renewal status of Ballard", "not renewed", fromDoc("004_7e01e6e73a6f2d4d")},
				{"renewal status", "Ballard", "renewal status of Ballard", "renewed", fromDoc("001_2f2b5dcddfb59a86", "002_ee6f08d6101e13f5")},
			}},
		{name: "relatives of Renée Ballard",
			query: "relatives",
			where: mentioning("Renée Ballard"),
			want: []row{
				{"Aaron", "romantic", nil, "Renée Ballard"},
				{"Jenny Ballard", "family", "mother", "Renée Ballard"},
				{"Tutu", "family", "grandmother", "Renée Ballard"},
			}},
		{name: "path from Maggie Q to Harry Bosch",
			query: "path", params: map[string]any{"from": "Maggie Q", "to": "Harry Bosch"},
			check: checkPath("Maggie Q", "Harry Bosch")},
		{name: "entity Renée Ballard: actor, family, partners, units, series",
			query: "entity", params: map[string]any{"name": "Renée Ballard"},
			want: []row{
				fact("APPEARS_IN", "->", "Ballard", "Series", nil, ids(all...)),
				fact("MEMBER_OF", "->", "Cold Case Unit", "Organization", nil, ids("002_ee6f08d6101e13f5", "004_7e01e6e73a6f2d4d")),
				fact("MEMBER_OF", "->", "Hollywood Division", "Organization", nil, ids("000_dee6675af200ba18")),
				fact("MEMBER_OF", "->", "LAPD", "Organization", nil, ids("000_dee6675af200ba18", "002_ee6f08d6101e13f5", "003_c720d0bdedcd237d", "004_7e01e6e73a6f2d4d")),
				fact("MEMBER_OF", "->", "Robbery-Homicide Division", "Organization", nil, ids("002_ee6f08d6101e13f5")),
				fact("PARTNER_OF", "<-", "Ken Chastain", "Character", nil, ids("002_ee6f08d6101e13f5")),
				fact("PARTNER_OF", "<-", "Thomas Laffont", "Character", nil, ids("002_ee6f08d6101e13f5")),
				fact("PLAYS", "<-", "Maggie Q", "Person", nil, ids(all...)),
				fact("RELATIVE_OF", "<-", "Jenny Ballard", "Character", "mother", ids("002_ee6f08d6101e13f5")),
				fact("RELATIVE_OF", "<-", "Tutu", "Character", "grandmother", ids("002_ee6f08d6101e13f5")),
				fact("ROMANTIC_PARTNER_OF", "<-", "Aaron", "Character", nil, ids("002_ee6f08d6101e13f5")),
			}},
		{name: "neighbourhood of Renée Ballard: actor, family, partners, units, series",
			query: "entity-neighbourhood", params: map[string]any{"name": "Renée Ballard"},
			want: []row{
				{"(Renée Ballard)-[:APPEARS_IN]->(Ballard)"},
				{"(Renée Ballard)-[:MEMBER_OF]->(Cold Case Unit)"},
				{"(Renée Ballard)-[:MEMBER_OF]->(Hollywood Division)"},
				{"(Renée Ballard)-[:MEMBER_OF]->(LAPD)"},
				{"(Renée Ballard)-[:MEMBER_OF]->(Robbery-Homicide Division)"},
				{"(Renée Ballard)<-[:PARTNER_OF]-(Ken Chastain)"},
				{"(Renée Ballard)<-[:PARTNER_OF]-(Thomas Laffont)"},
				{"(Renée Ballard)<-[:PLAYS]-(Maggie Q)"},
				{"(Renée Ballard)<-[:RELATIVE_OF]-(Jenny Ballard)"},
				{"(Renée Ballard)<-[:RELATIVE_OF]-(Tutu)"},
				{"(Renée Ballard)<-[:ROMANTIC_PARTNER_OF]-(Aaron)"},
			}},
		{name: "evidence that Gary Pearlman killed Ted Rawls",
			query: "evidence", params: map[string]any{"subject": "Gary Pearlman", "predicate": "KILLED", "object": "Ted Rawls"},
			check: checkSentence("004_7e01e6e73a6f2d4d", "kills")},
		{name: "evidence that Maggie Q plays Renée Ballard",
			query: "evidence", params: map[string]any{"subject": "Maggie Q", "predicate": "PLAYS", "object": "Renée Ballard"},
			check: checkSentence("002_ee6f08d6101e13f5", "Maggie Q")},
	}
	golden := map[string]*bytes.Buffer{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, ok := queries.Get(tt.query)
			if !ok {
				t.Fatalf("no saved query %q", tt.query)
			}
			res, err := s.Query(ctx, q.Cypher, tt.params)
			if err != nil {
				t.Fatal(err)
			}
			rows := make([]row, len(res.Rows))
			for i, r := range res.Rows {
				rows[i] = pathRow(r)
			}
			b := golden[tt.query]
			if b == nil {
				b = &bytes.Buffer{}
				golden[tt.query] = b
			}
			writeCase(b, tt, res.Columns, rows)
			checkRows(t, tt, rows)
			if tt.check != nil {
				tt.check(t, g, rows)
			}
		})
	}
	for _, q := range queries.All() {
		b := golden[q.Name]
		if b == nil {
			t.Errorf("saved query %q is not run on the seed corpus", q.Name)
			continue
		}
		compareGolden(t, filepath.Join("testdata", "seed", q.Name+".golden"), b.Bytes())
	}
}

// strs turns strings into the []any a query returns for a list.
func strs(xs []string) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

// checkRows checks the rows tt selects against its want, and its absent
// values against every row.
func checkRows(t *testing.T, tt seedCase, rows []row) {
	t.Helper()
	if tt.want != nil {
		var got []row
		for _, r := range rows {
			if tt.where == nil || tt.where(r) {
				got = append(got, r)
			}
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("rows:\n%s\nwant:\n%s", jsonRows(got), jsonRows(tt.want))
		}
	}
	for _, a := range tt.absent {
		for _, r := range rows {
			for _, v := range r {
				if v == a {
					t.Errorf("row %s names %q, which no row may", strings.TrimSpace(jsonRows([]row{r})), a)
				}
			}
		}
	}
}

// checkPath checks the rows of the path query: at least one step, each
// step starting where the previous one ended, from from to to, and each a
// relation the graph holds in the direction shown.
func checkPath(from, to string) func(t *testing.T, g *graph.Graph, rows []row) {
	return func(t *testing.T, g *graph.Graph, rows []row) {
		t.Helper()
		if len(rows) == 0 {
			t.Fatalf("no path from %s to %s", from, to)
		}
		byName := map[string][]string{}
		for _, e := range g.Entities {
			byName[e.Name] = append(byName[e.Name], e.ID)
		}
		holds := func(a, typ, b string) bool {
			for _, r := range g.Relations {
				if r.Type != typ {
					continue
				}
				for _, x := range byName[a] {
					for _, y := range byName[b] {
						if r.From == x && r.To == y {
							return true
						}
					}
				}
			}
			return false
		}
		at := from
		for i, r := range rows {
			step, x, rel, y := r[0], r[1].(string), r[2].(string), r[3].(string)
			if step != int64(i+1) || x != at {
				t.Errorf("step %d %v from %q, want step %d from %q", i+1, step, x, i+1, at)
			}
			switch {
			case strings.HasPrefix(rel, "-[") && strings.HasSuffix(rel, "]->"):
				if typ := rel[2 : len(rel)-3]; !holds(x, typ, y) {
					t.Errorf("step %d: %s %s %s is no relation of the graph", i+1, x, rel, y)
				}
			case strings.HasPrefix(rel, "<-[") && strings.HasSuffix(rel, "]-"):
				if typ := rel[3 : len(rel)-2]; !holds(y, typ, x) {
					t.Errorf("step %d: %s %s %s is no relation of the graph", i+1, x, rel, y)
				}
			default:
				t.Errorf("step %d: relation %q", i+1, rel)
			}
			at = y
		}
		if at != to {
			t.Errorf("path ends at %q, want %q", at, to)
		}
	}
}

// checkSentence checks the rows of the evidence query: at least one, each
// naming a document of the corpus, and one sentence from document doc
// containing word.
func checkSentence(doc, word string) func(t *testing.T, g *graph.Graph, rows []row) {
	return func(t *testing.T, g *graph.Graph, rows []row) {
		t.Helper()
		docs := map[string]string{}
		for _, d := range g.Documents {
			docs[d.ID] = d.Path
		}
		found := false
		for _, r := range rows {
			id, _ := r[0].(string)
			if path, ok := docs[id]; !ok || r[1] != path {
				t.Errorf("row %s: no such document in the corpus", strings.TrimSpace(jsonRows([]row{r})))
			}
			if s, _ := r[2].(string); id == doc && strings.Contains(s, word) {
				found = true
			}
		}
		if !found {
			t.Errorf("no sentence of %s contains %q; rows:\n%s", doc, word, jsonRows(rows))
		}
	}
}

// writeCase appends one case to a query's golden output: the query and its
// parameters, its columns, one JSON array per row, and the row count.
func writeCase(b *bytes.Buffer, tt seedCase, columns []string, rows []row) {
	keys := make([]string, 0, len(tt.params))
	for k := range tt.params {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	head := []string{tt.query}
	for _, k := range keys {
		head = append(head, fmt.Sprintf("%s=%v", k, tt.params[k]))
	}
	if b.Len() > 0 {
		b.WriteString("\n")
	}
	fmt.Fprintf(b, "# %s\n", strings.Join(head, " "))
	b.WriteString(strings.Join(columns, "\t") + "\n")
	b.WriteString(jsonRows(rows))
	if len(rows) == 1 {
		b.WriteString("(1 row)\n")
	} else {
		fmt.Fprintf(b, "(%d rows)\n", len(rows))
	}
}

// jsonRows renders rows one JSON array a line, without escaping HTML.
func jsonRows(rows []row) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	for _, r := range rows {
		if err := enc.Encode(r); err != nil {
			fmt.Fprintf(&b, "%v (%v)\n", r, err)
		}
	}
	return b.String()
}

// compareGolden compares got with the golden file at path, or rewrites it
// under -update.
func compareGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	golden.Check(t, path, got)
}
