package htmlview

import (
	"math"
	"math/rand/v2"
	"reflect"
	"sort"
	"testing"
)

// randomGraph is n nodes in groups of about 25, each a hub and its leaves,
// with some links between groups: the shape of a corpus about several
// series.
func randomGraph(n int, seed uint64) [][2]int {
	rng := rand.New(rand.NewPCG(seed, 1))
	var edges [][2]int
	for i := 1; i < n; i++ {
		hub := i / 25 * 25
		if hub == i {
			hub = rng.IntN(i) / 25 * 25
		}
		edges = append(edges, [2]int{i, hub})
		if rng.IntN(4) == 0 {
			edges = append(edges, [2]int{i, rng.IntN(n)})
		}
	}
	return edges
}

func star(leaves int) [][2]int {
	var edges [][2]int
	for i := 1; i <= leaves; i++ {
		edges = append(edges, [2]int{0, i})
	}
	return edges
}

func boxes(n int) []Node {
	nodes := make([]Node, n)
	for i := range nodes {
		nodes[i] = Node{W: 60, H: 40, DY: 8}
	}
	return nodes
}

// TestLayout checks what any layout must give: a finite position for each
// node, the same positions on every run, no two boxes overlapping, and
// linked nodes nearer each other than nodes in general.
func TestLayout(t *testing.T) {
	tests := []struct {
		name  string
		n     int
		edges [][2]int
	}{
		{"empty", 0, nil},
		{"one node", 1, nil},
		{"two linked", 2, [][2]int{{0, 1}}},
		{"self loop", 2, [][2]int{{0, 0}, {0, 1}}},
		{"lone nodes", 5, nil},
		{"star of 40", 41, star(40)},
		{"two components and lone nodes", 12, [][2]int{{0, 1}, {1, 2}, {2, 0}, {3, 4}, {4, 5}}},
		{"300 nodes in groups", 300, randomGraph(300, 1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			nodes := boxes(tt.n)
			pts := Layout(nodes, tt.edges, 60)
			if len(pts) != tt.n {
				t.Fatalf("%d positions for %d nodes", len(pts), tt.n)
			}
			for i, p := range pts {
				if math.IsNaN(p.X) || math.IsNaN(p.Y) || math.IsInf(p.X, 0) || math.IsInf(p.Y, 0) {
					t.Fatalf("node %d at %v", i, p)
				}
			}
			if again := Layout(nodes, tt.edges, 60); !reflect.DeepEqual(pts, again) {
				t.Error("two layouts of the same graph differ")
			}
			if i, j, ok := overlap(pts, nodes); ok {
				t.Errorf("nodes %d at %v and %d at %v overlap", i, pts[i], j, pts[j])
			}
			if linked, all := meanDistances(pts, tt.edges); linked > all {
				t.Errorf("linked nodes are %.0f apart on average, more than all nodes' %.0f", linked, all)
			}
		})
	}
}

// overlap returns two nodes whose boxes overlap (up to rounding).
func overlap(pts []Point, nodes []Node) (int, int, bool) {
	for i := range pts {
		for j := i + 1; j < len(pts); j++ {
			dx := math.Abs(pts[i].X - pts[j].X)
			dy := math.Abs(pts[i].Y + nodes[i].DY - pts[j].Y - nodes[j].DY)
			if dx < (nodes[i].W+nodes[j].W)/2-1 && dy < (nodes[i].H+nodes[j].H)/2-1 {
				return i, j, true
			}
		}
	}
	return 0, 0, false
}

// meanDistances returns the mean length of the edges and the mean distance
// between any two nodes.
func meanDistances(pts []Point, edges [][2]int) (linked, all float64) {
	if len(edges) == 0 || len(pts) < 3 {
		return 0, 0
	}
	for _, e := range edges {
		linked += math.Hypot(pts[e[0]].X-pts[e[1]].X, pts[e[0]].Y-pts[e[1]].Y)
	}
	pairs := 0
	for i := range pts {
		for j := i + 1; j < len(pts); j++ {
			all += math.Hypot(pts[i].X-pts[j].X, pts[i].Y-pts[j].Y)
			pairs++
		}
	}
	return linked / float64(len(edges)), all / float64(pairs)
}

func TestComponents(t *testing.T) {
	tests := []struct {
		name  string
		n     int
		edges [][2]int
		want  [][]int
	}{
		{"none", 0, nil, nil},
		{"lone nodes in order", 3, nil, [][]int{{0}, {1}, {2}}},
		{"largest first", 6, [][2]int{{4, 5}, {1, 2}, {2, 3}}, [][]int{{1, 2, 3}, {4, 5}, {0}}},
		{"joined through a later edge", 4, [][2]int{{0, 3}, {1, 2}, {3, 2}}, [][]int{{0, 1, 2, 3}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got [][]int
			for _, c := range components(tt.n, tt.edges) {
				got = append(got, c.nodes)
				for _, e := range c.edges {
					if e[0] >= len(c.nodes) || e[1] >= len(c.nodes) {
						t.Errorf("edge %v is not local to %v", e, c.nodes)
					}
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("components = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestSeparate(t *testing.T) {
	tests := []struct {
		name string
		pts  []Point
	}{
		{"same place", []Point{{0, 0}, {0, 0}, {0, 0}}},
		{"side by side", []Point{{0, 0}, {10, 0}}},
		{"a crowd", []Point{{0, 0}, {5, 5}, {-5, 5}, {5, -5}, {-5, -5}, {0, 8}, {8, 0}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			nodes := boxes(len(tt.pts))
			separate(tt.pts, nodes, 0)
			if i, j, ok := overlap(tt.pts, nodes); ok {
				t.Errorf("nodes %d at %v and %d at %v still overlap", i, tt.pts[i], j, tt.pts[j])
			}
		})
	}
}

// TestSpacing checks that Layout scales a component so that a node's
// nearest neighbour is about spacing away, for the median node.
func TestSpacing(t *testing.T) {
	nodes := make([]Node, 200) // points: nothing to separate
	pts := Layout(nodes, randomGraph(200, 2), 50)
	var near []float64
	for i := range pts {
		best := math.Inf(1)
		for j := range pts {
			if i != j {
				best = math.Min(best, math.Hypot(pts[i].X-pts[j].X, pts[i].Y-pts[j].Y))
			}
		}
		near = append(near, best)
	}
	sort.Float64s(near)
	if m := near[len(near)/2]; m < 45 || m > 55 {
		t.Errorf("median nearest distance %.1f, want about 50", m)
	}
}

// BenchmarkLayout5000 lays out a graph of the size the page must stay
// readable at.
func BenchmarkLayout5000(b *testing.B) {
	edges := randomGraph(5000, 3)
	nodes := boxes(5000)
	for b.Loop() {
		Layout(nodes, edges, 60)
	}
}
