package resolve

import (
	"fmt"
	"sort"
	"strings"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/names"
)

// keptApartRule notes, on entities that look alike but were not merged,
// that they were kept apart and why, so that a user who expected one
// entity can see the rule that made two.
type keptApartRule struct {
	name string
	note func(es []graph.Entity)
}

// keepApart are applied in order to the sorted entities.
var keepApart = []keptApartRule{
	{"same-surname", sameSurname},
	{"same-name-other-type", sameNameOtherType},
	{"bare-name-of-other-type", bareNameOfOtherType},
}

// personLike reports whether entities of type t have given names and
// surnames.
func personLike(t string) bool { return t == graph.Person || t == graph.Character }

// sameSurname: people or characters sharing a surname, with different
// given names.
func sameSurname(es []graph.Entity) {
	by := map[string][]int{}
	for i, e := range es {
		if ws := strings.Fields(e.Name); personLike(e.Type) && len(ws) > 1 {
			k := e.Type + "|" + names.Fold(ws[len(ws)-1])
			by[k] = append(by[k], i)
		}
	}
	notePairs(es, by, func(a, b graph.Entity) string {
		return fmt.Sprintf("kept apart from %s (%s): same surname, different given names", b.Name, b.ID)
	})
}

// sameNameOtherType: one name for things of different types.
func sameNameOtherType(es []graph.Entity) {
	notePairs(es, byName(es), func(a, b graph.Entity) string {
		return fmt.Sprintf("kept apart from %s (%s): same name, but a %s, not a %s", b.Name, b.ID, strings.ToLower(b.Type), strings.ToLower(a.Type))
	})
}

// bareNameOfOtherType: a surname that is another entity's whole name
// ("Ballard" the series, Renée Ballard the character).
func bareNameOfOtherType(es []graph.Entity) {
	by := byName(es)
	for i, e := range es {
		ws := strings.Fields(e.Name)
		if len(ws) < 2 || !personLike(e.Type) {
			continue
		}
		for _, j := range by[names.Fold(ws[len(ws)-1])] {
			if es[j].Type != e.Type {
				es[i].Merges = append(es[i].Merges, fmt.Sprintf("kept apart from %s (%s): the bare name %q is the %s's, and is no alias of this %s",
					es[j].Name, es[j].ID, ws[len(ws)-1], strings.ToLower(es[j].Type), strings.ToLower(e.Type)))
			}
		}
	}
}

// byName indexes entities by folded name.
func byName(es []graph.Entity) map[string][]int {
	by := map[string][]int{}
	for i, e := range es {
		by[names.Fold(e.Name)] = append(by[names.Fold(e.Name)], i)
	}
	return by
}

// notePairs notes why on every entity of each index entry, about each
// other entity there, in key order.
func notePairs(es []graph.Entity, by map[string][]int, why func(a, b graph.Entity) string) {
	keys := make([]string, 0, len(by))
	for k := range by {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		for _, i := range by[k] {
			for _, j := range by[k] {
				if i != j {
					es[i].Merges = append(es[i].Merges, why(es[i], es[j]))
				}
			}
		}
	}
}
