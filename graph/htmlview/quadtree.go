package htmlview

import "math"

// quadTree is a Barnes-Hut tree over the nodes' positions: each cell keeps
// the mass and centre of mass of the nodes inside it, so the repulsion of
// a far group of nodes is computed once for the group, and a layout step
// costs n log n instead of n².
type quadTree struct {
	cells []quadCell
	x, y  []float64
	mass  []float64
}

// quadCell is a square of the tree. A leaf holds one node (body >= 0), or
// several at the same place when they could not be split further.
type quadCell struct {
	cx, cy, half   float64 // centre and half the side
	mass, mx, my   float64 // total mass and mass-weighted position sum
	children       [4]int  // cell indexes, 0 when absent (the root is never a child)
	body, depth    int
	internal, full bool
}

// maxDepth stops splitting cells around nodes at (nearly) the same place.
const maxDepth = 40

func buildQuadTree(x, y, mass []float64) *quadTree {
	minX, maxX, minY, maxY := bounds(x, y)
	half := math.Max(maxX-minX, maxY-minY)/2 + 1
	t := &quadTree{x: x, y: y, mass: mass, cells: make([]quadCell, 1, 2*len(x)+1)}
	t.cells[0] = quadCell{cx: (minX + maxX) / 2, cy: (minY + maxY) / 2, half: half, body: -1}
	for i := range x {
		t.insert(0, i)
	}
	return t
}

// insert adds node i to cell c and the cells below it.
func (t *quadTree) insert(c, i int) {
	for {
		cell := &t.cells[c]
		cell.mass += t.mass[i]
		cell.mx += t.mass[i] * t.x[i]
		cell.my += t.mass[i] * t.y[i]
		switch {
		case cell.internal:
			c = t.child(c, i)
		case !cell.full:
			cell.full, cell.body = true, i
			return
		case cell.depth >= maxDepth:
			return // a group of coincident nodes; its mass and centre are all that count
		default:
			// Split: the leaf's node moves down one level, then i follows.
			old := cell.body
			cell.internal, cell.body = true, -1
			o := t.child(c, old)
			oc := &t.cells[o]
			oc.mass, oc.mx, oc.my = t.mass[old], t.mass[old]*t.x[old], t.mass[old]*t.y[old]
			oc.full, oc.body = true, old
			c = t.child(c, i)
		}
	}
}

// child returns the index of the quadrant of cell c that holds node i,
// making it when it does not exist.
func (t *quadTree) child(c, i int) int {
	cell := t.cells[c]
	q, cx, cy := 0, cell.cx-cell.half/2, cell.cy-cell.half/2
	if t.x[i] >= cell.cx {
		q, cx = q+1, cell.cx+cell.half/2
	}
	if t.y[i] >= cell.cy {
		q, cy = q+2, cell.cy+cell.half/2
	}
	if k := cell.children[q]; k != 0 {
		return k
	}
	t.cells = append(t.cells, quadCell{cx: cx, cy: cy, half: cell.half / 2, body: -1, depth: cell.depth + 1})
	k := len(t.cells) - 1
	t.cells[c].children[q] = k
	return k
}

// force returns the repulsion on a node of mass m at (x, y), whose own
// index is self: m * mass / distance from every far cell as one body,
// from near ones body by body.
func (t *quadTree) force(x, y, m, theta float64, self int) (fx, fy float64) {
	stack := []int{0}
	for len(stack) > 0 {
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		cell := &t.cells[c]
		if cell.mass == 0 || (cell.full && cell.body == self && !cell.internal) {
			continue
		}
		px, py := cell.mx/cell.mass, cell.my/cell.mass
		ddx, ddy := x-px, y-py
		d2 := ddx*ddx + ddy*ddy
		if cell.internal && 2*cell.half*2*cell.half >= theta*theta*d2 {
			for _, k := range cell.children {
				if k != 0 {
					stack = append(stack, k)
				}
			}
			continue
		}
		if d2 == 0 {
			continue
		}
		k := m * cell.mass / d2
		fx += ddx * k
		fy += ddy * k
	}
	return fx, fy
}
