package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestExportFormatCaseIgnored(t *testing.T) {
	store := vizStore(t, vizGraph())
	tests := []struct {
		format string
		code   int
		want   string // in stdout, or in stderr on failure
	}{
		{"DOT", exitOK, "digraph"},
		{"Json", exitOK, `"entities": [`},
		{"GraphML", exitOK, "<graphml"},
		{"xml", exitUsage, `unknown format "xml"`},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			out := runKGWant(t, tt.code, "--store", store, "export", "-f", tt.format)
			if !strings.Contains(out, tt.want) {
				t.Errorf("output lacks %q: %.200s", tt.want, out)
			}
		})
	}
}

func TestExportNeo4jImport(t *testing.T) {
	store := vizStore(t, vizGraph())
	dir := filepath.Join(t.TempDir(), "import files")
	tests := []struct {
		name string
		args []string
		code int
		want string // in stdout, or in stderr on failure
	}{
		{"writes the files and prints the command", []string{"export", "--format", "neo4j-import", dir}, exitOK,
			"neo4j-admin database import full neo4j --overwrite-destination --array-delimiter=U+001F"},
		{"names the database kg is set to", []string{"--neo4j-database", "graphs", "export", "-f", "Neo4j-Import", dir}, exitOK,
			"import full graphs "},
		{"quotes paths for the shell", []string{"export", "--format", "neo4j-import", dir}, exitOK,
			"'--nodes=" + filepath.Join(dir, "entities.csv") + "'"},
		{"needs a folder", []string{"export", "--format", "neo4j-import"}, exitUsage, "give the folder"},
		{"takes one folder", []string{"export", "--format", "neo4j-import", dir, dir}, exitUsage, "give the folder"},
		{"other formats take none", []string{"export", "--format", "json", dir}, exitUsage, "unexpected argument"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := runKGWant(t, tt.code, append([]string{"--store", store}, tt.args...)...)
			if !strings.Contains(out, tt.want) {
				t.Errorf("output lacks %q:\n%s", tt.want, out)
			}
		})
	}
	for _, f := range []string{"documents.csv", "entities.csv", "relations.csv", "kglock.csv"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("no %s: %v", f, err)
		}
	}
}
