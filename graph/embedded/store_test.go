package embedded_test

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/graph/embedded"
	"github.com/kgbuild/kg/graph/storetest"
	"github.com/kgbuild/kg/pipeline/pipelinetest"
)

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) graph.Store {
		s, err := embedded.Open(t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestLocking(t *testing.T) {
	storetest.RunLocking(t, func(t *testing.T) (a, b storetest.LockingStore) {
		dir := t.TempDir()
		a, err := embedded.Open(dir)
		if err != nil {
			t.Fatal(err)
		}
		b, err = embedded.Open(dir)
		if err != nil {
			t.Fatal(err)
		}
		return a, b
	})
}

func TestLockRemovesLeftovers(t *testing.T) {
	dir := t.TempDir()
	s, err := embedded.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	left := filepath.Join(dir, ".graph.json.tmp-1234")
	other := filepath.Join(dir, "notes.txt")
	for _, f := range []string{left, other} {
		if err := os.WriteFile(f, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	unlock, err := s.Lock(context.Background(), "test", time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer unlock(context.Background())
	if _, err := os.Stat(left); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a killed write's temporary file is still there after Lock: %v", err)
	}
	if _, err := os.Stat(other); err != nil {
		t.Errorf("Lock removed a file that is not a write's leftover: %v", err)
	}
}

func TestDamagedFileSaysSo(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, embedded.FileName), []byte(`{"entities": [`), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := embedded.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Load(context.Background()); !errors.Is(err, embedded.ErrDamaged) {
		t.Fatalf("Load of a damaged file = %v, want embedded.ErrDamaged", err)
	}
}

// TestLoadNames checks that LoadNames reads of a stored graph what Load
// reads of its documents and of its entities' ids, types, names and
// aliases, in the same order, and says a damaged file is damaged.
func TestLoadNames(t *testing.T) {
	ctx := context.Background()
	g := pipelinetest.Graph(t, pipelinetest.SeedDir(t))
	tests := []struct {
		name string
		g    *graph.Graph // nil: nothing stored
	}{
		{"nothing stored", nil},
		{"empty graph", &graph.Graph{}},
		{"sample corpus", g},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := embedded.Open(t.TempDir())
			if err != nil {
				t.Fatal(err)
			}
			if tt.g != nil {
				if err := s.Replace(ctx, tt.g); err != nil {
					t.Fatal(err)
				}
			}
			full, err := s.Load(ctx)
			if err != nil {
				t.Fatal(err)
			}
			got, err := s.LoadNames(ctx)
			if err != nil {
				t.Fatal(err)
			}
			want := &graph.Graph{Documents: full.Documents}
			for _, e := range full.Entities {
				want.Entities = append(want.Entities, graph.Entity{ID: e.ID, Type: e.Type, Name: e.Name, Aliases: e.Aliases})
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("LoadNames gave %d documents and %d entities, not those of Load (%d, %d) or not alike",
					len(got.Documents), len(got.Entities), len(want.Documents), len(want.Entities))
			}
		})
	}
	if len(g.Entities) == 0 || len(g.Documents) == 0 {
		t.Fatal("the sample corpus's graph is empty: the test compares nothing")
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, embedded.FileName), []byte(`{"entities": [`), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := embedded.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.LoadNames(ctx); !errors.Is(err, embedded.ErrDamaged) {
		t.Errorf("LoadNames of a damaged file = %v, want embedded.ErrDamaged", err)
	}
}
