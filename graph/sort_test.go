package graph

import (
	"fmt"
	"math/rand"
	"reflect"
	"sort"
	"testing"
)

// TestSortRelationsAsBefore checks that Sort orders relations as sorting
// them by Key with sort.Slice does, relations that share a key included
// (they differ in their evidence here, so an order changed would show).
func TestSortRelationsAsBefore(t *testing.T) {
	tests := []struct {
		name string
		n    int
	}{{"none", 0}, {"one", 1}, {"few", 12}, {"many", 5000}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rnd := rand.New(rand.NewSource(int64(tt.n)))
			var rs []Relation
			for i := 0; i < tt.n; i++ {
				// "a" and "a-b": Key's order is not the order of its parts.
				from := []string{"a", "a-b", "b", "a|"}[rnd.Intn(4)]
				rs = append(rs, Relation{From: from, Type: "PLAYS", To: fmt.Sprint(rnd.Intn(5)), Confidence: float64(i)})
			}
			want := append([]Relation(nil), rs...)
			sort.Slice(want, func(i, j int) bool { return want[i].Key() < want[j].Key() })
			g := &Graph{Relations: rs}
			g.Sort()
			if !reflect.DeepEqual(g.Relations, want) {
				t.Errorf("Sort ordered %d relations otherwise than sort.Slice by Key", tt.n)
			}
		})
	}
}
