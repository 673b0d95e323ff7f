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

// assign returns the id of the entity of type typ named best, with the
// given variants, and takes it.
func (d *ids) assign(typ, best string, variants []string) string {
	id := ""
	for _, n := range append([]string{best}, variants...) {
		if p, ok := d.prev[typ+"|"+names.Fold(n)]; ok && !d.taken[p] {
			id = p
			break
		}
	}
	if id == "" {
		base := strings.ToLower(typ) + ":" + strings.ReplaceAll(names.Fold(best), " ", "-")
		id = base
		for n := 2; d.taken[id]; n++ {
			id = fmt.Sprintf("%s-%d", base, n)
		}
	}
	d.taken[id] = true
	return id
}
