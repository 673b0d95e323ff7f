package queries

import (
	"reflect"
	"strings"
	"testing"
)

func TestAll(t *testing.T) {
	want := map[string][]string{
		"cast":                 {"series"},
		"conflicts":            nil,
		"crew":                 {"series"},
		"entity":               {"name"},
		"entity-neighbourhood": {"name"},
		"evidence":             {"subject", "predicate", "object"},
		"path":                 {"from", "to"},
		"relatives":            nil,
		"spellings":            {"name"},
	}
	qs := All()
	if len(qs) != len(want) {
		t.Errorf("%d saved queries, want %d", len(qs), len(want))
	}
	for i, q := range qs {
		if i > 0 && qs[i-1].Name >= q.Name {
			t.Errorf("All not sorted: %q before %q", qs[i-1].Name, q.Name)
		}
		params, ok := want[q.Name]
		if !ok {
			t.Errorf("unexpected query %q", q.Name)
			continue
		}
		if !reflect.DeepEqual(q.Params, params) {
			t.Errorf("%s: params %v, want %v", q.Name, q.Params, params)
		}
		if q.Question == "" || !strings.HasSuffix(q.Question, "?") && !strings.HasSuffix(q.Question, ".") {
			t.Errorf("%s: question %q", q.Name, q.Question)
		}
		got, ok := Get(q.Name)
		if !ok || got.Cypher != q.Cypher {
			t.Errorf("Get(%q) = %v, %v", q.Name, got.Name, ok)
		}
	}
	if _, ok := Get("nope"); ok {
		t.Error(`Get("nope") found a query`)
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		name, file, text string
		want             Query
		err              string
	}{
		{name: "header and notes", file: "q.cypher",
			text: "// name: q\n// question: What?\n// params: a, b\n// a note\nMATCH (n {a: $a, b: $b}) RETURN n\n",
			want: Query{Name: "q", Question: "What?", Params: []string{"a", "b"}, Notes: "a note"}},
		{name: "no params", file: "q.cypher", text: "// name: q\n// question: What?\n// params:\nRETURN 1\n",
			want: Query{Name: "q", Question: "What?"}},
		{name: "parameter-like text in comments and strings is not a parameter", file: "q.cypher",
			text: "// name: q\n// question: What?\n// params: x\nRETURN $x, '$y // $z' // $w\n",
			want: Query{Name: "q", Question: "What?", Params: []string{"x"}}},
		{name: "no name", file: "q.cypher", text: "// question: What?\n// params:\nRETURN 1", err: "no '// name:'"},
		{name: "name differs from file", file: "other.cypher", text: "// name: q\n// question: What?\n// params:\nRETURN 1",
			err: "does not match the file name"},
		{name: "no question", file: "q.cypher", text: "// name: q\n// params:\nRETURN 1", err: "no '// question:'"},
		{name: "no params line", file: "q.cypher", text: "// name: q\n// question: What?\nRETURN 1", err: "no '// params:'"},
		{name: "undeclared parameter", file: "q.cypher", text: "// name: q\n// question: What?\n// params:\nRETURN $x",
			err: "$x used but not declared"},
		{name: "unused parameter", file: "q.cypher", text: "// name: q\n// question: What?\n// params: x\nRETURN 1",
			err: `"x" declared but not used`},
		{name: "graph view", file: "q.cypher", text: "// name: q\n// question: What?\n// params:\n// view: graph\nMATCH p = ()--() RETURN p\n",
			want: Query{Name: "q", Question: "What?", Graph: true}},
		{name: "table view", file: "q.cypher", text: "// name: q\n// question: What?\n// params:\n// view: table\nRETURN 1\n",
			want: Query{Name: "q", Question: "What?"}},
		{name: "unknown view", file: "q.cypher", text: "// name: q\n// question: What?\n// params:\n// view: chart\nRETURN 1\n",
			err: `view "chart": want graph or table`},
		{name: "name twice", file: "q.cypher", text: "// name: q\n// name: q\n// question: What?\n// params:\nRETURN 1",
			err: "name given twice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, err := Parse(tt.file, tt.text)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("Parse = %v, want an error containing %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			tt.want.Cypher = tt.text
			if !reflect.DeepEqual(q, tt.want) {
				t.Errorf("Parse =\n %+v\nwant\n %+v", q, tt.want)
			}
		})
	}
}
