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

// TestInOrder checks that InOrder holds for a graph Sort has put in order
// with no ties, and not where any one list is out of order or has two
// items Sort would tie.
func TestInOrder(t *testing.T) {
	sorted := func() *Graph {
		return &Graph{
			Documents: []Document{{ID: "d1"}, {ID: "d2"}},
			Entities:  []Entity{{ID: "c:ann"}, {ID: "p:bo"}},
			Relations: []Relation{{From: "a-b", Type: "PLAYS", To: "c"}, {From: "a", Type: "PLAYS", To: "b"}}, // by Key
			Mentions:  []Mention{{Entity: "c:ann", Document: "d1"}, {Entity: "c:ann", Document: "d2"}, {Entity: "p:bo", Document: "d1"}},
			Conflicts: []Conflict{{ID: "spelling:c:ann"}, {ID: "spelling:p:bo"}},
		}
	}
	tests := []struct {
		name   string
		change func(g *Graph)
		want   bool
	}{
		{"sorted", func(*Graph) {}, true},
		{"empty", func(g *Graph) { *g = Graph{} }, true},
		{"documents swapped", func(g *Graph) { g.Documents[0], g.Documents[1] = g.Documents[1], g.Documents[0] }, false},
		{"entities tied", func(g *Graph) { g.Entities[1].ID = g.Entities[0].ID }, false},
		{"relations by their parts, not by key", func(g *Graph) { g.Relations[0], g.Relations[1] = g.Relations[1], g.Relations[0] }, false},
		{"mentions of one entity swapped", func(g *Graph) { g.Mentions[0], g.Mentions[1] = g.Mentions[1], g.Mentions[0] }, false},
		{"mentions tied", func(g *Graph) { g.Mentions[1].Document = "d1" }, false},
		{"conflicts swapped", func(g *Graph) { g.Conflicts[0], g.Conflicts[1] = g.Conflicts[1], g.Conflicts[0] }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := sorted()
			tt.change(g)
			if got := g.InOrder(); got != tt.want {
				t.Errorf("InOrder() = %v, want %v", got, tt.want)
			}
			if tt.want {
				c := g.SortedCopy()
				if !reflect.DeepEqual(c, g) {
					t.Errorf("a graph InOrder holds for is changed by sorting")
				}
			}
		})
	}
}

// TestKeyLess checks keyLess against comparing the keys it does not make,
// on parts that are prefixes of one another and hold the separator.
func TestKeyLess(t *testing.T) {
	parts := []string{"", "a", "a-b", "a|", "a|b", "ab", "b", "|"}
	for _, f1 := range parts {
		for _, t1 := range parts {
			for _, f2 := range parts {
				for _, t2 := range parts {
					for _, ty := range [][2]string{{"PLAYS", "PLAYS"}, {"PLAYS", "PLAYS_IN"}, {"A|", "A"}} {
						a := Relation{From: f1, Type: ty[0], To: t1}
						b := Relation{From: f2, Type: ty[1], To: t2}
						if got, want := keyLess(&a, &b), a.Key() < b.Key(); got != want {
							t.Fatalf("keyLess(%q, %q) = %v, want %v", a.Key(), b.Key(), got, want)
						}
						if got, want := keyLess(&b, &a), b.Key() < a.Key(); got != want {
							t.Fatalf("keyLess(%q, %q) = %v, want %v", b.Key(), a.Key(), got, want)
						}
					}
				}
			}
		}
	}
}
