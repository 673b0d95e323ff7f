package resolve

import (
	"slices"
	"testing"
)

// TestTally adds and removes keys across the size at which a tally moves
// from its slice to a map, and checks what it holds after each case.
func TestTally(t *testing.T) {
	for _, tc := range []struct {
		name      string
		add, drop []int
		want      []int // the keys left, sorted
		empty     bool  // what the last removal reported
	}{
		{name: "few", add: []int{3, 1, 3}, want: []int{1, 3}},
		{name: "few, one removed of two", add: []int{3, 1, 3}, drop: []int{3}, want: []int{1, 3}},
		{name: "few, all removed", add: []int{3, 1, 3}, drop: []int{3, 1, 3}, empty: true},
		{name: "missing key removed", add: []int{2}, drop: []int{5}, want: []int{2}},
		{name: "many", add: []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 9}, drop: []int{1}, want: []int{2, 3, 4, 5, 6, 7, 8, 9}},
		{name: "many, all removed", add: []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 9}, drop: []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 9}, empty: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var ta tally[int]
			for _, k := range tc.add {
				ta.add(k)
			}
			empty := false
			for _, k := range tc.drop {
				empty = ta.remove(k)
			}
			got := slices.Sorted(ta.keys())
			if !slices.Equal(got, tc.want) || empty != tc.empty {
				t.Errorf("keys %v, empty %v; want %v, %v", got, empty, tc.want, tc.empty)
			}
			for _, k := range []int{1, 2, 3, 9} {
				if ta.has(k) != slices.Contains(tc.want, k) {
					t.Errorf("has(%d) = %v", k, ta.has(k))
				}
			}
		})
	}
	var none *tally[int]
	if none.has(1) || len(slices.Collect(none.keys())) > 0 {
		t.Error("a nil tally holds keys")
	}
}
