package embedded_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/graph/embedded"
	"github.com/kgbuild/kg/graph/storetest"
)

// TestStamp checks that a stamp lives and dies with the graph written
// with it: a later write without one leaves none, a failed write leaves
// the old graph with the old stamp, and a file that does not start with a
// stamp has none.
func TestStamp(t *testing.T) {
	ctx := context.Background()
	first := graph.Stamp{Inputs: "aaaa", Stats: storetest.Sample().Count()}
	tests := []struct {
		name string
		// then acts on a store holding the sample graph stamped first.
		then   func(t *testing.T, s *embedded.Store, dir string)
		want   graph.Stamp
		stamps bool
	}{
		{"stamped write", func(*testing.T, *embedded.Store, string) {}, first, true},
		{"then a write without a stamp", func(t *testing.T, s *embedded.Store, _ string) {
			if err := s.Replace(ctx, storetest.Sample()); err != nil {
				t.Fatal(err)
			}
		}, graph.Stamp{}, false},
		{"then a failed stamped write", func(t *testing.T, s *embedded.Store, _ string) {
			cancelled, cancel := context.WithCancel(ctx)
			cancel()
			if err := s.ReplaceStamped(cancelled, &graph.Graph{}, graph.Stamp{Inputs: "bbbb"}); err == nil {
				t.Fatal("a write with a cancelled context succeeded")
			}
		}, first, true},
		{"then a damaged file", func(t *testing.T, _ *embedded.Store, dir string) {
			if err := os.WriteFile(filepath.Join(dir, embedded.FileName), []byte(`{"stamp": {"inputs": "aa`), 0o644); err != nil {
				t.Fatal(err)
			}
		}, graph.Stamp{}, false},
		{"then no file", func(t *testing.T, _ *embedded.Store, dir string) {
			os.Remove(filepath.Join(dir, embedded.FileName))
		}, graph.Stamp{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			s, err := embedded.Open(dir)
			if err != nil {
				t.Fatal(err)
			}
			if err := s.ReplaceStamped(ctx, storetest.Sample(), first); err != nil {
				t.Fatal(err)
			}
			tt.then(t, s, dir)
			got, ok, err := s.Stamp(ctx)
			if err != nil {
				t.Fatal(err)
			}
			a, _ := json.Marshal(got)
			b, _ := json.Marshal(tt.want)
			if ok != tt.stamps || string(a) != string(b) {
				t.Errorf("Stamp = %s, %v; want %s, %v", a, ok, b, tt.stamps)
			}
			if !ok {
				return
			}
			g, err := s.Load(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if g.Count().Documents != got.Stats.Documents || len(g.Entities) == 0 {
				t.Errorf("the stamp outlived its graph: %d documents stored, the stamp counts %d", len(g.Documents), got.Stats.Documents)
			}
		})
	}
}
