package resolve

import (
	"sync"
	"testing"

	"github.com/kgbuild/kg/graph"
)

// TestLabels checks that a label gives back the string it was made of,
// that one string has one label, and that the labels of rules' names,
// numbered on all cores at once, stay apart from the types'.
func TestLabels(t *testing.T) {
	tests := []struct {
		name string
		s    string
	}{
		{"no type", ""},
		{"an entity type", graph.Character},
		{"the last entity type", graph.Place},
		{"a rule's name", "short-name-in-document"},
		{"another rule's name", "type-votes"},
		{"a type outside the graph's", "Network"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var wg sync.WaitGroup
			ids := make([]label, 8)
			for k := range ids {
				wg.Add(1)
				go func() { defer wg.Done(); ids[k] = labelOf(tt.s) }()
			}
			wg.Wait()
			for _, id := range ids {
				if id != ids[0] {
					t.Fatalf("labelOf(%q) gave %d and %d", tt.s, ids[0], id)
				}
			}
			if got := ids[0].String(); got != tt.s {
				t.Errorf("label of %q says %q", tt.s, got)
			}
			for _, o := range tests {
				if o.s != tt.s && labelOf(o.s) == ids[0] {
					t.Errorf("%q and %q share label %d", tt.s, o.s, ids[0])
				}
			}
		})
	}
}
