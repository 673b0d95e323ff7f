package embedded

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/pipeline/pipelinetest"
)

// TestEncodeGraphAsMarshal checks that encodeGraph writes what
// json.Marshal writes of the stored form, byte for byte, with lists cut
// into pieces of every size.
func TestEncodeGraphAsMarshal(t *testing.T) {
	seed := pipelinetest.Graph(t, pipelinetest.SeedDir(t))
	if len(seed.Relations) < 10 || len(seed.Conflicts) == 0 && len(seed.Mentions) == 0 {
		t.Fatal("the sample corpus's graph is too small to cut into pieces")
	}
	stamp := &graph.Stamp{Inputs: "abc", Stats: seed.Count()}
	tests := []struct {
		name string
		st   *graph.Stamp
		g    *graph.Graph
	}{
		{"empty", nil, &graph.Graph{}},
		{"empty lists", stamp, &graph.Graph{Documents: []graph.Document{}, Entities: []graph.Entity{}, Mentions: []graph.Mention{}}},
		{"sample corpus", nil, seed},
		{"sample corpus stamped", stamp, seed},
	}
	defer func(n int) { encodeChunk = n }(encodeChunk)
	for _, tt := range tests {
		for _, chunk := range []int{1, 3, 7, 2000} {
			encodeChunk = chunk
			want, err := json.Marshal(stamped{tt.st, tt.g})
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			if err := encodeGraph(&b, tt.st, tt.g); err != nil {
				t.Fatal(err)
			}
			got := b.Bytes()
			if !bytes.Equal(got, want) {
				t.Errorf("%s, pieces of %d: encodeGraph differs from json.Marshal:\n%.300s\n%.300s", tt.name, chunk, got, want)
			}
		}
	}
}
