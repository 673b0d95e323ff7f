package cypherplan

import (
	"reflect"
	"testing"

	"github.com/kgbuild/kg/graph"
)

func TestImportTables(t *testing.T) {
	tables := map[string]ImportTable{}
	var files []string
	for _, tb := range ImportTables(sample(), 7) {
		tables[tb.File] = tb
		files = append(files, tb.File)
	}
	wantFiles := []string{"documents.csv", "entities.csv", "variants.csv", "conflicts.csv", "claims.csv",
		"has_variant.csv", "has_claim.csv", "mentioned_in.csv", "used_in.csv", "relations.csv", "about.csv", "asserted_by.csv"}
	if !reflect.DeepEqual(files, wantFiles) {
		t.Fatalf("files %q,\nwant %q", files, wantFiles)
	}
	tests := []struct {
		name, file string
		rel        bool
		columns    []string
		row        int
		want       []any
	}{
		{"a node keeps its key as a property and unset values as nil", "documents.csv", false,
			[]string{"id:ID(Document)", ":LABEL", "path:string", "title:string", "kind:string", "date:string",
				"hash:string", "size:long", "kg_new:long"},
			1, []any{"d2", []string{"Document"}, "b.txt", nil, nil, nil, "h2", int64(20), int64(7)}},
		{"an entity has its type as a second label, lists typed by their values", "entities.csv", false,
			[]string{"id:ID(Entity)", ":LABEL", "type:string", "name:string", "aliases:string[]", "roles:string[]",
				"merges:string", "typing_types:string[]", "typing_rules:string[]", "typing_mentions:long[]",
				"typing_decided:boolean[]", "kg_new:long"},
			0, []any{"p", []string{"Entity", "Person"}, "Person", "P", []string{}, nil, nil, nil, nil, nil, nil, int64(7)}},
		{"a link joins the owner to the node, without properties", "has_variant.csv", true,
			[]string{":START_ID(Entity)", ":END_ID(Variant)", ":TYPE"},
			1, []any{"p", "p\x1fPee", "HAS_VARIANT"}},
		{"a fact has its predicate as its type and its ends out of its properties", "relations.csv", true,
			[]string{":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "sources:string[]", "detail:string",
				"confidence:double", "evidence_documents:string[]", "evidence_texts:string[]",
				"evidence_starts:long[]", "evidence_ends:long[]", "kg_new:long"},
			0, []any{"p", "s", "STARS_IN", []string{"d1"}, nil, 0.5, []string{"d1"}, []string{"P stars in S."},
				[]int64{4}, []int64{17}, int64(7)}},
		{"a relationship without properties has its mark", "about.csv", true,
			[]string{":START_ID(Conflict)", ":END_ID(Entity)", ":TYPE", "kg_new:long"},
			0, []any{"c1", "p", "ABOUT", int64(7)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tb := tables[tt.file]
			if tb.Relationships != tt.rel {
				t.Errorf("Relationships = %v", tb.Relationships)
			}
			if !reflect.DeepEqual(tb.Columns, tt.columns) {
				t.Errorf("columns %q,\nwant %q", tb.Columns, tt.columns)
			}
			if tt.row >= len(tb.Rows) {
				t.Fatalf("%d rows", len(tb.Rows))
			}
			if got := tb.Rows[tt.row]; !reflect.DeepEqual(got, tt.want) {
				t.Errorf("row %d:\ngot  %#v\nwant %#v", tt.row, got, tt.want)
			}
		})
	}
}

// TestImportTablesEmpty checks that an empty graph still has every file,
// each with the columns every table of its kind has.
func TestImportTablesEmpty(t *testing.T) {
	for _, tb := range ImportTables(&graph.Graph{}, 1) {
		if len(tb.Rows) != 0 || len(tb.Columns) < 3 {
			t.Errorf("%s: %d rows, columns %q", tb.File, len(tb.Rows), tb.Columns)
		}
	}
}
