package embedded

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/kgbuild/kg/graph"
)

// namesGraph is a small graph with what the names file must keep apart:
// nil and empty lists, a negative size, a name of invalid UTF-8 (which
// the JSON gives back as U+FFFD) and entities out of order.
func namesGraph() *graph.Graph {
	return &graph.Graph{
		Documents: []graph.Document{
			{ID: "d2", Path: "b.txt", Hash: "h2", Size: 12},
			{ID: "d1", Path: "a.txt", Title: "A", Kind: "html", Date: "2020-01-02", Hash: "h1", Size: -1},
		},
		Entities: []graph.Entity{
			{ID: "e3", Type: "person", Name: "Bad \xff\xfe name", Aliases: []string{"x\xc3"}},
			{ID: "e1", Type: "series", Name: "One", Aliases: []string{}},
			{ID: "e2", Type: "character", Name: "Two", Aliases: []string{"Tw", "T"}, Roles: []string{"r"}},
		},
		Relations: []graph.Relation{{From: "e2", Type: "PLAYED_IN", To: "e1", Sources: []string{"d1"}}},
	}
}

// TestNamesFile checks that LoadNames gives what the graph file's JSON
// gives, whether it takes the names file or not, and that it takes it
// only when it was written for the graph file as it is.
func TestNamesFile(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name      string
		g         *graph.Graph
		change    func(t *testing.T, dir string) // after the write
		wantNames bool                           // the names file is used
	}{
		{"as written", namesGraph(), nil, true},
		{"empty graph", &graph.Graph{}, nil, true},
		{"nil entities", &graph.Graph{Documents: []graph.Document{{ID: "d", Hash: "h"}}}, nil, true},
		{"names file removed", namesGraph(), func(t *testing.T, dir string) {
			remove(t, filepath.Join(dir, NamesFileName))
		}, false},
		{"names file cut short", namesGraph(), func(t *testing.T, dir string) {
			edit(t, filepath.Join(dir, NamesFileName), func(b []byte) []byte { return b[:len(b)-9] })
		}, false},
		{"names file byte changed", namesGraph(), func(t *testing.T, dir string) {
			edit(t, filepath.Join(dir, NamesFileName), func(b []byte) []byte { b[len(b)/2] ^= 1; return b })
		}, false},
		{"graph file rewritten by hand", namesGraph(), func(t *testing.T, dir string) {
			edit(t, filepath.Join(dir, FileName), func(b []byte) []byte { return append(b, '\n') })
		}, false},
		{"graph file of another graph", namesGraph(), func(t *testing.T, dir string) {
			g := namesGraph()
			g.Entities[1].Name = "Uno"
			data, err := os.ReadFile(stored(t, t.TempDir(), g).path())
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, FileName), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			s := stored(t, dir, tt.g)
			if tt.change != nil {
				tt.change(t, dir)
			}
			want, err := s.loadNamesJSON(ctx)
			if err != nil {
				t.Fatal(err)
			}
			got, err := s.LoadNames(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("LoadNames = %+v\nthe graph file's JSON gives %+v", got, want)
			}
			_, err = s.readNames()
			if used := err == nil; used != tt.wantNames {
				t.Errorf("names file used: %v, want %v (%v)", used, tt.wantNames, err)
			}
		})
	}
}

// TestNamesFileOfDamagedGraph checks that a graph file damaged after its
// names file was written is still found damaged by LoadNames.
func TestNamesFileOfDamagedGraph(t *testing.T) {
	ctx := context.Background()
	s := stored(t, t.TempDir(), namesGraph())
	edit(t, s.path(), func(b []byte) []byte { return b[:len(b)/2] })
	if _, err := s.LoadNames(ctx); !errors.Is(err, ErrDamaged) {
		t.Errorf("LoadNames of a damaged graph file = %v, want ErrDamaged", err)
	}
	remove(t, s.path())
	g, err := s.LoadNames(ctx)
	if err != nil || len(g.Entities) != 0 || len(g.Documents) != 0 {
		t.Errorf("LoadNames without a graph file = %+v, %v; want an empty graph", g, err)
	}
}

// stored is a store in dir holding g.
func stored(t *testing.T, dir string, g *graph.Graph) *Store {
	t.Helper()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Replace(context.Background(), g); err != nil {
		t.Fatal(err)
	}
	return s
}

func remove(t *testing.T, path string) {
	t.Helper()
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
}

func edit(t *testing.T, path string, change func([]byte) []byte) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, change(b), 0o644); err != nil {
		t.Fatal(err)
	}
}
