package eval

import (
	"math/rand"
	"reflect"
	"testing"
)

func TestMaxWeightAssignment(t *testing.T) {
	tests := []struct {
		name string
		w    [][]int64
		want []int
	}{
		{"one cell", [][]int64{{5}}, []int{0}},
		{"diagonal", [][]int64{{9, 1}, {1, 9}}, []int{0, 1}},
		{"anti-diagonal beats one big cell", [][]int64{{10, 6}, {6, 0}}, []int{1, 0}},
		{"more columns than rows", [][]int64{{1, 2, 3}, {3, 2, 1}}, []int{2, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := maxWeightAssignment(tt.w); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestMaxWeightAssignmentOptimal compares the Hungarian algorithm with an
// exhaustive search on small random matrices.
func TestMaxWeightAssignmentOptimal(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for round := 0; round < 300; round++ {
		n := 1 + rng.Intn(4)
		m := n + rng.Intn(3)
		w := make([][]int64, n)
		for i := range w {
			w[i] = make([]int64, m)
			for j := range w[i] {
				if rng.Intn(3) > 0 {
					w[i][j] = int64(rng.Intn(20))
				}
			}
		}
		got := total(w, maxWeightAssignment(w))
		if best := bestTotal(w, 0, make([]bool, m)); got != best {
			t.Fatalf("w=%v: total %d, best %d", w, got, best)
		}
	}
}

func total(w [][]int64, col []int) int64 {
	seen := map[int]bool{}
	var s int64
	for i, j := range col {
		if seen[j] {
			return -1 // not an assignment
		}
		seen[j] = true
		s += w[i][j]
	}
	return s
}

func bestTotal(w [][]int64, i int, used []bool) int64 {
	if i == len(w) {
		return 0
	}
	best := int64(-1)
	for j := range used {
		if used[j] {
			continue
		}
		used[j] = true
		if s := w[i][j] + bestTotal(w, i+1, used); s > best {
			best = s
		}
		used[j] = false
	}
	return best
}

func TestMatchEntities(t *testing.T) {
	tests := []struct {
		name         string
		nPred, nGold int
		cands        []candidate
		want         []int
	}{
		{"no candidates", 2, 1, nil, []int{-1, -1}},
		{"separate components", 2, 2,
			[]candidate{{pred: 0, gold: 1, shared: 1}, {pred: 1, gold: 0, shared: 1}}, []int{1, 0}},
		{"two predicted for one gold: more shared forms wins", 2, 1,
			[]candidate{{pred: 0, gold: 0, shared: 1}, {pred: 1, gold: 0, shared: 2}}, []int{-1, 0}},
		{"equal evidence: canonical name wins", 2, 1,
			[]candidate{{pred: 0, gold: 0, shared: 1, sameType: true}, {pred: 1, gold: 0, shared: 1, canonical: true}}, []int{-1, 0}},
		{"equal evidence and name: type wins", 2, 1,
			[]candidate{{pred: 0, gold: 0, shared: 1}, {pred: 1, gold: 0, shared: 1, sameType: true}}, []int{-1, 0}},
		{"full tie: first predicted wins", 2, 1,
			[]candidate{{pred: 0, gold: 0, shared: 1}, {pred: 1, gold: 0, shared: 1}}, []int{0, -1}},
		{"more matches beat more evidence", 2, 2,
			[]candidate{{pred: 0, gold: 0, shared: 5, canonical: true, sameType: true}, {pred: 0, gold: 1, shared: 1},
				{pred: 1, gold: 0, shared: 1}}, []int{1, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := matchEntities(tt.nPred, tt.nGold, tt.cands); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}
