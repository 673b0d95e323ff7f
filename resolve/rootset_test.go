package resolve

import (
	"fmt"
	"slices"
	"testing"
)

// TestRootSet checks that a rootSet keeps each group once, in the order
// first added, whether it looks in its list or, past rootSetScan, in its
// map.
func TestRootSet(t *testing.T) {
	gs := make([]*group, 3*rootSetScan)
	for i := range gs {
		gs[i] = &group{key: fmt.Sprint(i)}
	}
	tests := []struct {
		name string
		add  []*group
		want []*group
	}{
		{"none", nil, nil},
		{"one twice", []*group{gs[0], gs[0]}, gs[:1]},
		{"two, the first again", []*group{gs[1], gs[0], gs[1]}, []*group{gs[1], gs[0]}},
		{"past the scan, each twice", append(slices.Clone(gs), gs...), gs},
		{"past the scan, the first again last", append(slices.Clone(gs[:rootSetScan+2]), gs[0]), gs[:rootSetScan+2]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r rootSet
			for _, g := range tt.add {
				r.add(g)
			}
			if !slices.Equal(r.list, tt.want) {
				t.Errorf("list of %d groups, want %d", len(r.list), len(tt.want))
			}
			for _, g := range gs {
				if r.has(g) != slices.Contains(tt.want, g) {
					t.Errorf("has(%s) = %v", g.key, r.has(g))
				}
			}
		})
	}
}
