package export

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/kgbuild/kg/graph"
)

func TestCypherGolden(t *testing.T) {
	var b bytes.Buffer
	if err := Cypher(&b, fixture()); err != nil {
		t.Fatal(err)
	}
	goldenFile(t, "fixture.cypher", b.Bytes())
}

func TestCypherString(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "Harry Bosch", `'Harry Bosch'`},
		{"non-ASCII kept", "Renée Ballard", `'Renée Ballard'`},
		{"apostrophe", "LA's", `'LA\'s'`},
		{"double quotes need nothing", `"Harry"`, `'"Harry"'`},
		{"backslash", `a\b`, `'a\\b'`},
		{"trailing backslash cannot eat the quote", `C:\`, `'C:\\'`},
		{"injection stays a string", `x'}) DETACH DELETE n //`, `'x\'}) DETACH DELETE n //'`},
		{"newline and tab", "a\nb\tc\r", `'a\nb\tc\r'`},
		{"variant key separator", "id\x1fname", `'id\u001Fname'`},
		{"control character", "a\x00b\x1b", `'a\u0000b\u001B'`},
		{"line separator", "a\u2028b", `'a\u2028b'`},
		{"invalid UTF-8", "a\xffb", `'a\uFFFDb'`},
		{"statement end stays inside", "end;\n", `'end;\n'`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cypherString(tt.in); got != tt.want {
				t.Errorf("cypherString(%q) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestCypherRejects(t *testing.T) {
	tests := []struct {
		name   string
		change func(*graph.Graph)
		want   string
	}{
		{"entity type not in EntityTypes", func(g *graph.Graph) { g.Entities[0].Type = "Person) DETACH DELETE (x" }, `type "Person) DETACH DELETE (x"`},
		{"empty entity type", func(g *graph.Graph) { g.Entities[0].Type = "" }, `type ""`},
		{"predicate not in Predicates", func(g *graph.Graph) { g.Relations[0].Type = "KNOWS" }, `predicate "KNOWS"`},
		{"relation to unknown entity", func(g *graph.Graph) { g.Relations[0].From = "nobody" }, `unknown entity "nobody"`},
		{"variant used in unknown document", func(g *graph.Graph) {
			g.Entities[0].Variants = []graph.Variant{{Name: "x", Documents: map[string]int{"doc-x": 1}}}
		}, `unknown document "doc-x"`},
		{"claim by unknown document", func(g *graph.Graph) { g.Conflicts[0].Values[0].Documents = []string{"doc-y"} }, `unknown document "doc-y"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := fixture()
			tt.change(g)
			var b bytes.Buffer
			err := Cypher(&b, g)
			if err == nil || !strings.HasPrefix(err.Error(), "cypher: ") || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error = %v, want cypher: ...%s", err, tt.want)
			}
			if b.Len() != 0 {
				t.Errorf("wrote %d bytes despite the error", b.Len())
			}
		})
	}
}

// TestCypherStatements checks the shape loaders rely on: statements split
// on lines ending in ";", and every label and relationship type written is
// one of the fixed vocabularies.
func TestCypherStatements(t *testing.T) {
	var b bytes.Buffer
	if err := Cypher(&b, fixture()); err != nil {
		t.Fatal(err)
	}
	stmts := SplitStatements(b.String())
	if len(stmts) == 0 {
		t.Fatal("no statements")
	}
	g := fixture()
	types := map[string]bool{}
	for _, e := range g.Entities {
		types[e.Type] = true
	}
	preds := map[string]bool{}
	for _, r := range g.Relations {
		preds[r.Type] = true
	}
	// schema, documents, one statement per type and per predicate, variants,
	// uses, mentions, conflicts, about, claims, assertions.
	if want := len(CypherSchema) + 1 + len(types) + len(preds) + 7; len(stmts) != want {
		t.Errorf("%d statements, want %d", len(stmts), want)
	}
	for _, s := range stmts {
		if strings.HasSuffix(s, ";") {
			t.Errorf("statement keeps its ';': %q", s)
		}
		for _, m := range regexp.MustCompile(`(?:\(\w+|\[\w+):(\w+)`).FindAllStringSubmatch(s, -1) {
			l := m[1]
			if !graph.ValidType(l) && !graph.ValidPredicate(l) && !fixedLabels[l] {
				t.Errorf("label or type %q is outside the fixed vocabularies in: %s", l, s)
			}
		}
	}
}

// fixedLabels are the labels and relationship types of the store's model
// that are not entity types or predicates.
var fixedLabels = map[string]bool{
	"Entity": true, "Document": true, "Variant": true, "Conflict": true, "Claim": true, "KgLock": true,
	"MENTIONED_IN": true, "HAS_VARIANT": true, "USED_IN": true, "ABOUT": true, "HAS_CLAIM": true, "ASSERTED_BY": true,
}

func TestSplitStatements(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"empty", "", nil},
		{"comments only", "// a\n// b\n", nil},
		{"one per line", "RETURN 1;\nRETURN 2;\n", []string{"RETURN 1", "RETURN 2"}},
		{"multi-line with comment", "// load\nUNWIND [\n  {a: 'x;'}\n] AS row\nRETURN row;\n", []string{"UNWIND [\n  {a: 'x;'}\n] AS row\nRETURN row"}},
		{"no final semicolon", "RETURN 1", []string{"RETURN 1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := SplitStatements(tt.in)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
				t.Errorf("SplitStatements = %q, want %q", got, tt.want)
			}
		})
	}
}
