package htmlview

import (
	"math"
	"math/rand/v2"
	"sort"
)

// Point is a node's position in the page's model coordinates (pixels at
// zoom 1).
type Point struct{ X, Y float64 }

// layoutSettings are ForceAtlas2's parameters (Jacomy et al., 2014), as
// graphology's inferSettings chooses them: strong gravity keeps the
// components and lone nodes of a knowledge graph, which has many, close to
// the centre instead of drifting off to the edge of the picture.
type layoutSettings struct {
	scaling    float64 // repulsion strength
	gravity    float64 // pull towards the centre
	tolerance  float64 // jitter tolerance: how much swinging is accepted
	theta      float64 // Barnes-Hut accuracy: a cell this much smaller than its distance is one body
	iterations int
}

// settingsFor returns the settings for a graph of n nodes: fewer iterations
// as the graph grows, so that 5,000 nodes lay out in about a second, which
// ForceAtlas2's adaptive speed makes enough for the big structure.
func settingsFor(n int) layoutSettings {
	it := 400
	switch {
	case n > 4000:
		it = 150
	case n > 1000:
		it = 250
	}
	return layoutSettings{scaling: 10, gravity: 0.05, tolerance: 1, theta: 1.2, iterations: it}
}

// Node is what the layout knows of a node: the box it takes on screen,
// circle and name together, W wide and H high, whose centre is DY below
// the node's position (the name is drawn under the circle).
type Node struct{ W, H, DY float64 }

// Layout places nodes joined by edges (pairs of node indexes) and returns
// their positions. Each connected component is laid out alone with
// ForceAtlas2: linked nodes pull together, all nodes push apart in
// proportion to their degree, so hubs get room around them and the facts
// about one series or character show as a group. Each is scaled so that
// nodes sit about spacing apart, overlapping boxes are pushed apart (so
// that names stay legible around hubs), and
// the components are packed side by side, largest first, so that lone
// entities line up under the graph instead of scattering around it. The
// result depends only on the arguments: start positions come from a fixed
// seed, so the same graph gives the same page.
func Layout(nodes []Node, edges [][2]int, spacing float64) []Point {
	n := len(nodes)
	out := make([]Point, n)
	var parts []component
	for _, c := range components(n, edges) {
		pts := make([]Point, len(c.nodes))
		if len(c.nodes) > 1 {
			f := newForces(len(c.nodes), c.edges)
			f.run(settingsFor(len(c.nodes)))
			pts = f.scaled(spacing)
			boxes := make([]Node, len(c.nodes))
			for k, i := range c.nodes {
				boxes[k] = nodes[i]
			}
			separate(pts, boxes, spacing/8)
		}
		c.points = pts
		parts = append(parts, c)
	}
	pack(parts, nodes, spacing)
	for _, c := range parts {
		for k, i := range c.nodes {
			out[i] = Point{X: round1(c.points[k].X), Y: round1(c.points[k].Y)}
		}
	}
	return out
}

// forces is ForceAtlas2's state: positions, the forces of this and the
// previous step, and each node's mass (degree + 1).
type forces struct {
	x, y, dx, dy, oldDX, oldDY, mass []float64
	edges                            [][2]int
	speed, efficiency                float64
}

func newForces(n int, edges [][2]int) *forces {
	f := &forces{
		x: make([]float64, n), y: make([]float64, n), dx: make([]float64, n), dy: make([]float64, n),
		oldDX: make([]float64, n), oldDY: make([]float64, n), mass: make([]float64, n),
		speed: 1, efficiency: 1,
	}
	for i := range f.mass {
		f.mass[i] = 1
	}
	for _, e := range edges {
		if e[0] == e[1] {
			continue
		}
		f.edges = append(f.edges, e)
		f.mass[e[0]]++
		f.mass[e[1]]++
	}
	rng := rand.New(rand.NewPCG(1, 2))
	side := 10 * math.Sqrt(float64(n))
	for i := range f.x {
		f.x[i] = (rng.Float64() - 0.5) * side
		f.y[i] = (rng.Float64() - 0.5) * side
	}
	return f
}

func (f *forces) run(s layoutSettings) {
	for range s.iterations {
		copy(f.oldDX, f.dx)
		copy(f.oldDY, f.dy)
		clear(f.dx)
		clear(f.dy)
		f.repel(s)
		f.attract()
		f.pull(s)
		f.move(s)
	}
}

// repel pushes every pair of nodes apart with a force of scaling * m1 * m2
// / distance, each node against the quadtree's cells.
func (f *forces) repel(s layoutSettings) {
	t := buildQuadTree(f.x, f.y, f.mass)
	for i := range f.x {
		fx, fy := t.force(f.x[i], f.y[i], f.mass[i], s.theta, i)
		f.dx[i] += s.scaling * fx
		f.dy[i] += s.scaling * fy
	}
}

// attract pulls the two ends of each edge together in proportion to their
// distance.
func (f *forces) attract() {
	for _, e := range f.edges {
		a, b := e[0], e[1]
		ddx, ddy := f.x[a]-f.x[b], f.y[a]-f.y[b]
		f.dx[a] -= ddx
		f.dy[a] -= ddy
		f.dx[b] += ddx
		f.dy[b] += ddy
	}
}

// pull is strong gravity: a pull towards the centre that grows with the
// distance, so nothing is left far away.
func (f *forces) pull(s layoutSettings) {
	for i := range f.x {
		f.dx[i] -= s.gravity * f.mass[i] * f.x[i]
		f.dy[i] -= s.gravity * f.mass[i] * f.y[i]
	}
}

// move applies the forces with ForceAtlas2's adaptive speed: the global
// speed rises while nodes move steadily (traction) and falls when they
// oscillate (swinging), and each node slows down by its own swinging.
func (f *forces) move(s layoutSettings) {
	var swinging, traction float64
	for i := range f.x {
		swinging += f.mass[i] * math.Hypot(f.oldDX[i]-f.dx[i], f.oldDY[i]-f.dy[i])
		traction += f.mass[i] * 0.5 * math.Hypot(f.oldDX[i]+f.dx[i], f.oldDY[i]+f.dy[i])
	}
	if swinging == 0 {
		return
	}
	n := float64(len(f.x))
	estimated := 0.05 * math.Sqrt(n)
	jitter := s.tolerance * math.Max(math.Sqrt(estimated), math.Min(10, estimated*traction/(n*n)))
	const minEfficiency = 0.05
	if swinging/traction > 2 {
		if f.efficiency > minEfficiency {
			f.efficiency *= 0.5
		}
		jitter = math.Max(jitter, s.tolerance)
	}
	target := jitter * f.efficiency * traction / swinging
	if swinging > jitter*traction {
		if f.efficiency > minEfficiency {
			f.efficiency *= 0.7
		}
	} else if f.speed < 1000 {
		f.efficiency *= 1.3
	}
	f.speed += math.Min(target-f.speed, 0.5*f.speed)
	for i := range f.x {
		sw := f.mass[i] * math.Hypot(f.oldDX[i]-f.dx[i], f.oldDY[i]-f.dy[i])
		k := f.speed / (1 + math.Sqrt(f.speed*sw))
		f.x[i] += f.dx[i] * k
		f.y[i] += f.dy[i] * k
	}
}

// scaled returns the positions centred on the origin and scaled so that the
// median distance from a node to its nearest neighbour is spacing: the
// layout's own unit means nothing on screen, and this keeps nodes apart by
// about their size whatever the graph.
func (f *forces) scaled(spacing float64) []Point {
	n := len(f.x)
	var cx, cy float64
	for i := range f.x {
		cx += f.x[i]
		cy += f.y[i]
	}
	cx, cy = cx/float64(n), cy/float64(n)
	k := 1.0
	if d := medianNearest(f.x, f.y); d > 0 {
		k = spacing / d
	}
	out := make([]Point, n)
	for i := range out {
		out[i] = Point{X: (f.x[i] - cx) * k, Y: (f.y[i] - cy) * k}
	}
	return out
}

// medianNearest returns the median over nodes of the distance to the
// nearest other node, found through a grid of cells about one typical
// distance wide.
func medianNearest(x, y []float64) float64 {
	n := len(x)
	if n < 2 {
		return 0
	}
	minX, maxX, minY, maxY := bounds(x, y)
	cell := math.Max(maxX-minX, maxY-minY) / math.Sqrt(float64(n))
	if cell == 0 {
		return 0
	}
	type key struct{ i, j int }
	grid := map[key][]int{}
	at := func(i int) key { return key{int((x[i] - minX) / cell), int((y[i] - minY) / cell)} }
	for i := range x {
		grid[at(i)] = append(grid[at(i)], i)
	}
	near := make([]float64, n)
	for i := range x {
		best := math.Inf(1)
		c := at(i)
		// Ring r of cells around the node's own holds no point closer
		// than (r-1) cells, so the search stops once that passes the best.
		for r := 0; math.IsInf(best, 1) || float64(r-1)*cell < best; r++ {
			for di := -r; di <= r; di++ {
				step := 2 * r // inner rows: only the ring's two ends
				if di == -r || di == r || r == 0 {
					step = 1
				}
				for dj := -r; dj <= r; dj += step {
					for _, j := range grid[key{c.i + di, c.j + dj}] {
						if j != i {
							best = math.Min(best, math.Hypot(x[i]-x[j], y[i]-y[j]))
						}
					}
				}
			}
		}
		near[i] = best
	}
	sort.Float64s(near)
	return near[n/2]
}

func bounds(x, y []float64) (minX, maxX, minY, maxY float64) {
	minX, maxX, minY, maxY = x[0], x[0], y[0], y[0]
	for i := range x {
		minX, maxX = math.Min(minX, x[i]), math.Max(maxX, x[i])
		minY, maxY = math.Min(minY, y[i]), math.Max(maxY, y[i])
	}
	return minX, maxX, minY, maxY
}

// round1 rounds to one decimal: finer positions only make the page bigger.
func round1(v float64) float64 { return math.Round(v*10) / 10 }
