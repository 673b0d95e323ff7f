package htmlview

import (
	"math"
	"sort"
)

// component is a connected part of the graph: its nodes (indexes into the
// whole graph, ascending), its edges between local indexes, and, once laid
// out, the local positions of its nodes.
type component struct {
	nodes  []int
	edges  [][2]int
	points []Point
}

// components splits the graph into its connected parts, largest first (then
// by their first node), so that the biggest one is placed first.
func components(n int, edges [][2]int) []component {
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for _, e := range edges {
		if a, b := find(e[0]), find(e[1]); a != b {
			parent[max(a, b)] = min(a, b)
		}
	}
	index := map[int]int{} // root -> component
	local := make([]int, n)
	var out []component
	for i := range n {
		r := find(i)
		c, ok := index[r]
		if !ok {
			c = len(out)
			index[r] = c
			out = append(out, component{})
		}
		local[i] = len(out[c].nodes)
		out[c].nodes = append(out[c].nodes, i)
	}
	for _, e := range edges {
		c := index[find(e[0])]
		out[c].edges = append(out[c].edges, [2]int{local[e[0]], local[e[1]]})
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].nodes) > len(out[j].nodes) })
	return out
}

// separate pushes apart nodes whose boxes are closer than gap, along the
// axis on which they overlap least, for some rounds at most, comparing
// only nodes in nearby cells of a grid: ForceAtlas2 knows nothing of sizes
// or names, and a hub's neighbours crowd around it.
func separate(pts []Point, boxes []Node, gap float64) {
	cell := gap
	for _, b := range boxes {
		cell = math.Max(cell, math.Max(b.W, b.H)+gap)
	}
	type key struct{ i, j int }
	for round := 0; round < 100; round++ {
		grid := map[key][]int{}
		at := func(i int) key {
			return key{int(math.Floor(pts[i].X / cell)), int(math.Floor((pts[i].Y + boxes[i].DY) / cell))}
		}
		for i := range pts {
			grid[at(i)] = append(grid[at(i)], i)
		}
		moved := false
		for i := range pts {
			c := at(i)
			for di := -1; di <= 1; di++ {
				for dj := -1; dj <= 1; dj++ {
					for _, j := range grid[key{c.i + di, c.j + dj}] {
						if j > i && push(pts, boxes, i, j, gap) {
							moved = true
						}
					}
				}
			}
		}
		if !moved {
			return
		}
	}
}

// push moves nodes i and j apart, each by half their boxes' overlap (plus
// gap) on the axis where it is smaller, and reports whether they moved.
func push(pts []Point, boxes []Node, i, j int, gap float64) bool {
	dx := pts[j].X - pts[i].X
	dy := (pts[j].Y + boxes[j].DY) - (pts[i].Y + boxes[i].DY)
	ox := (boxes[i].W+boxes[j].W)/2 + gap - math.Abs(dx)
	oy := (boxes[i].H+boxes[j].H)/2 + gap - math.Abs(dy)
	if ox <= 0 || oy <= 0 {
		return false
	}
	sign := func(v float64) float64 {
		if v < 0 || (v == 0 && (i+j)%2 == 1) {
			return -1
		}
		return 1
	}
	if ox < oy {
		pts[i].X -= sign(dx) * ox / 2
		pts[j].X += sign(dx) * ox / 2
	} else {
		pts[i].Y -= sign(dy) * oy / 2
		pts[j].Y += sign(dy) * oy / 2
	}
	return true
}

// pack moves the components' points so that their boxes sit in rows, the
// largest first, gap apart, in an area about as wide as a screen is
// against its height.
func pack(parts []component, nodes []Node, gap float64) {
	type box struct{ minX, minY, w, h float64 }
	boxes := make([]box, len(parts))
	area, widest := 0.0, 0.0
	for k, c := range parts {
		b := box{minX: math.Inf(1), minY: math.Inf(1)}
		maxX, maxY := math.Inf(-1), math.Inf(-1)
		for m, p := range c.points {
			n := nodes[c.nodes[m]]
			b.minX, b.minY = math.Min(b.minX, p.X-n.W/2), math.Min(b.minY, p.Y+n.DY-n.H/2)
			maxX, maxY = math.Max(maxX, p.X+n.W/2), math.Max(maxY, p.Y+n.DY+n.H/2)
		}
		b.w, b.h = maxX-b.minX+gap, maxY-b.minY+gap
		boxes[k] = b
		area += b.w * b.h
		widest = math.Max(widest, b.w)
	}
	width := math.Max(widest, math.Sqrt(area*1.6))
	x, y, row := 0.0, 0.0, 0.0
	for k, c := range parts {
		b := boxes[k]
		if x > 0 && x+b.w > width {
			x, y, row = 0, y+row, 0
		}
		for m := range c.points {
			c.points[m].X += x - b.minX
			c.points[m].Y += y - b.minY
		}
		x += b.w
		row = math.Max(row, b.h)
	}
}
