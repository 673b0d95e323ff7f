package neo4j

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgbuild/kg/graph/cypherplan"
)

func TestImportField(t *testing.T) {
	tests := []struct {
		name  string
		value any
		want  string
		kind  int
		fails bool
	}{
		{"unset is an empty field", nil, "", listFine, false},
		{"a string is quoted, its quotes doubled", `say "hi", then; go`, `"say ""hi"", then; go"`, listFine, false},
		{"an empty string is quoted, so it stays a string", "", `""`, listFine, false},
		{"a list is joined by U+001F", []string{"a;b", `c"`}, "\"a;b\x1fc\"\"\"", listFine, false},
		{"an empty list is left to finish", []string{}, "", listEmpty, false},
		{"a list of one empty string is left to finish", []string{""}, "", listBlank, false},
		{"a list of empty strings is not", []string{"", ""}, "\"\x1f\"", listFine, false},
		{"a list holding the delimiter is refused", []string{"a\x1fb"}, "", 0, true},
		{"numbers", int64(-3), "-3", listFine, false},
		{"lists of numbers", []int64{1, 20}, "1\x1f20", listFine, false},
		{"an empty list of numbers", []int64{}, "", listEmpty, false},
		{"booleans", []bool{true, false}, "true\x1ffalse", listFine, false},
		{"a float keeps its digits", 1e-7 / 3, "3.3333333333333334e-08", listFine, false},
		{"a float that is no number is refused", math.NaN(), "", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, kind, err := importField(tt.value)
			if (err != nil) != tt.fails {
				t.Fatalf("error %v, want failure %v", err, tt.fails)
			}
			if got != tt.want || kind != tt.kind {
				t.Errorf("importField(%#v) = %q, %d; want %q, %d", tt.value, got, kind, tt.want, tt.kind)
			}
		})
	}
}

func TestWriteTable(t *testing.T) {
	tests := []struct {
		name      string
		table     cypherplan.ImportTable
		want      string
		multiline bool
		longest   int
	}{
		{"lists the properties the file cannot hold",
			cypherplan.ImportTable{Columns: []string{"id:ID(Entity)", ":LABEL", "aliases:string[]", "roles:string[]"},
				Rows: [][]any{{"a", []string{"Entity", "Person"}, []string{}, []string{""}}, {"b", []string{"Entity"}, []string{"x"}, nil}}},
			"id:ID(Entity),:LABEL,aliases:string[],roles:string[],kg_empty:string[],kg_blank:string[]\n" +
				"\"a\",\"Entity\x1fPerson\",,,\"aliases\",\"roles\"\n" +
				"\"b\",\"Entity\",\"x\",,,\n", false, len("\"Entity\x1fPerson\"")},
		{"no mark columns without lists, and a value across lines",
			cypherplan.ImportTable{Columns: []string{":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "detail:string"},
				Rows: [][]any{{"a", "b", "KILLED", "two\nlines"}}},
			":START_ID(Entity),:END_ID(Entity),:TYPE,detail:string\n\"a\",\"b\",\"KILLED\",\"two\nlines\"\n", true, len("\"two\nlines\"")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "t.csv")
			multiline, longest, err := writeTable(path, tt.table)
			if err != nil {
				t.Fatal(err)
			}
			got, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want || multiline != tt.multiline || longest != tt.longest {
				t.Errorf("wrote %q (multiline %v, longest %d),\nwant  %q (%v, %d)", got, multiline, longest, tt.want, tt.multiline, tt.longest)
			}
		})
	}
}

// TestImportArgs checks the tool's arguments: the files, the delimiter,
// and the options only some files need.
func TestImportArgs(t *testing.T) {
	base := []string{"database", "import", "full", "db", "--overwrite-destination", "--array-delimiter=U+001F"}
	files := []string{"--nodes=/d/n.csv", "--relationships=/d/r.csv"}
	tests := []struct {
		name string
		im   Import
		want []string // between base and files
	}{
		{"short values on one line", Import{Longest: 100}, nil},
		{"a value across lines", Import{Multiline: true}, []string{"--multiline-fields=true"}},
		{"a value that fits the default buffer", Import{Longest: 4<<20 - 64<<10}, nil},
		{"a value too long for it", Import{Longest: 4 << 20}, []string{"--read-buffer-size=5m"}},
		{"a value of megabytes", Import{Longest: 9<<20 + 1}, []string{"--read-buffer-size=10m"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.im.Nodes, tt.im.Relationships = []string{"/d/n.csv"}, []string{"/d/r.csv"}
			want := append(append(append([]string(nil), base...), tt.want...), files...)
			if got := tt.im.Args("db"); strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("Args:\ngot  %q\nwant %q", got, want)
			}
		})
	}
}
