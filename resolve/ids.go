package resolve

import (
	"fmt"
	"strings"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/names"
)

// ids hands out stable entity ids: the previous run's id for the same
// thing, else one derived from the type and canonical name, numbered on a
// clash. Ids derived from content keep exports diffable between runs.
type ids struct {
	prev  map[string]string // type|folded variant -> previous id
	taken map[string]bool
}

func newIDs(previous []graph.Entity) *ids {
	d := &ids{prev: map[string]string{}, taken: map[string]bool{}}
	for _, e := range previous {
		for _, v := range append([]string{e.Name}, e.Aliases...) {
			d.prev[e.Type+"|"+names.Fold(v)] = e.ID
		}
	}
	return d
}

// foldNames returns the folded canonical name best and variants, in that
// order: what assign takes, worked out where the entities are made, on
// all cores.
func foldNames(best string, variants []string) []string {
	out := make([]string, 0, 1+len(variants))
	out = append(out, names.Fold(best))
	for _, v := range variants {
		out = append(out, names.Fold(v))
	}
	return out
}

// assign returns the id of the entity of type typ whose folded canonical
// name and variants are folded (see foldNames), and takes it.
func (d *ids) assign(typ string, folded []string) string {
	id := ""
	for i := 0; i < len(folded) && len(d.prev) > 0; i++ {
		if p, ok := d.prev[typ+"|"+folded[i]]; ok && !d.taken[p] {
			id = p
			break
		}
	}
	if id == "" {
		base := strings.ToLower(typ) + ":" + strings.ReplaceAll(folded[0], " ", "-")
		id = base
		for n := 2; d.taken[id]; n++ {
			id = fmt.Sprintf("%s-%d", base, n)
		}
	}
	d.taken[id] = true
	return id
}
