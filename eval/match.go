package eval

import (
	"math"
	"sort"
)

// candidate is a possible match of a predicted entity with a gold entity:
// they share at least one folded form.
type candidate struct {
	pred, gold int
	shared     int  // distinct folded forms in common
	canonical  bool // the predicted name folds to the gold canonical name
	sameType   bool
}

// matchEntities pairs predicted entities with gold entities one-to-one.
// Among all one-to-one matchings it picks one that, in this order of
// priority, matches the most entities, then shares the most forms, then
// has the most predicted names equal to gold canonical names, then agrees
// on the most types. Ties left after that are broken by the order of the
// inputs, so the result is deterministic.
//
// The candidate graph is split into connected components and each is
// solved exactly with the Hungarian algorithm; components are small in
// practice (a name shared by a few entities), so this stays cheap.
//
// It returns, for each predicted entity, the matched gold index or -1.
func matchEntities(nPred, nGold int, cands []candidate) []int {
	match := make([]int, nPred)
	for i := range match {
		match[i] = -1
	}
	// Union-find over predicted (0..nPred-1) and gold (nPred..) nodes.
	parent := make([]int, nPred+nGold)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	for _, c := range cands {
		a, b := find(c.pred), find(nPred+c.gold)
		if a != b {
			if a < b {
				parent[b] = a
			} else {
				parent[a] = b
			}
		}
	}
	comps := map[int][]candidate{}
	var roots []int
	for _, c := range cands {
		r := find(c.pred)
		if _, ok := comps[r]; !ok {
			roots = append(roots, r)
		}
		comps[r] = append(comps[r], c)
	}
	sort.Ints(roots)
	for _, r := range roots {
		for _, c := range solveComponent(comps[r]) {
			match[c.pred] = c.gold
		}
	}
	return match
}

// solveComponent returns a best matching (see matchEntities) of one
// connected component of candidates.
func solveComponent(cands []candidate) []candidate {
	if len(cands) == 1 {
		return cands
	}
	preds, golds := map[int]int{}, map[int]int{}
	var pl, gl []int
	maxShared := 0
	for _, c := range cands {
		if _, ok := preds[c.pred]; !ok {
			preds[c.pred] = 0
			pl = append(pl, c.pred)
		}
		if _, ok := golds[c.gold]; !ok {
			golds[c.gold] = 0
			gl = append(gl, c.gold)
		}
		if c.shared > maxShared {
			maxShared = c.shared
		}
	}
	sort.Ints(pl)
	sort.Ints(gl)
	for i, p := range pl {
		preds[p] = i
	}
	for i, g := range gl {
		golds[g] = i
	}
	// Lexicographic priorities folded into one integer weight: each level's
	// unit exceeds the most that all lower levels can add up to over a
	// matching of k pairs.
	k := int64(min(len(pl), len(gl)))
	wCanon := k + 1
	wShared := k*(wCanon+1) + 1
	wMatch := k*(wShared*int64(maxShared)+wCanon+1) + 1
	rowsArePreds := len(pl) <= len(gl)
	n, m := len(gl), len(pl)
	if rowsArePreds {
		n, m = len(pl), len(gl)
	}
	w := make([][]int64, n)
	for i := range w {
		w[i] = make([]int64, m)
	}
	byCell := map[[2]int]candidate{}
	for _, c := range cands {
		weight := wMatch + wShared*int64(c.shared)
		if c.canonical {
			weight += wCanon
		}
		if c.sameType {
			weight++
		}
		i, j := golds[c.gold], preds[c.pred]
		if rowsArePreds {
			i, j = j, i
		}
		w[i][j] = weight
		byCell[[2]int{i, j}] = c
	}
	var out []candidate
	for i, j := range maxWeightAssignment(w) {
		if c, ok := byCell[[2]int{i, j}]; ok {
			out = append(out, c)
		}
	}
	return out
}

// maxWeightAssignment assigns each row of w (n rows, m >= n columns, all
// weights >= 0) a distinct column so that the total weight is largest, by
// the Hungarian algorithm in O(n²m). It returns the column of each row.
func maxWeightAssignment(w [][]int64) []int {
	n := len(w)
	m := len(w[0])
	const inf = math.MaxInt64 / 4
	u := make([]int64, n+1)
	v := make([]int64, m+1)
	p := make([]int, m+1) // p[j]: row assigned to column j (1-based), 0 if none
	way := make([]int, m+1)
	minv := make([]int64, m+1)
	used := make([]bool, m+1)
	for i := 1; i <= n; i++ {
		p[0] = i
		j0 := 0
		for j := range minv {
			minv[j] = inf
			used[j] = false
		}
		for {
			used[j0] = true
			i0, delta, j1 := p[j0], int64(inf), 0
			for j := 1; j <= m; j++ {
				if used[j] {
					continue
				}
				if cur := -w[i0-1][j-1] - u[i0] - v[j]; cur < minv[j] {
					minv[j] = cur
					way[j] = j0
				}
				if minv[j] < delta {
					delta = minv[j]
					j1 = j
				}
			}
			for j := 0; j <= m; j++ {
				if used[j] {
					u[p[j]] += delta
					v[j] -= delta
				} else {
					minv[j] -= delta
				}
			}
			j0 = j1
			if p[j0] == 0 {
				break
			}
		}
		for j0 != 0 {
			j1 := way[j0]
			p[j0] = p[j1]
			j0 = j1
		}
	}
	col := make([]int, n)
	for j := 1; j <= m; j++ {
		if p[j] != 0 {
			col[p[j]-1] = j - 1
		}
	}
	return col
}
