package resolve

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/names"
)

// keptApartRule notes, on entities that look alike but were not merged,
// that they were kept apart and why, so that a user who expected one
// entity can see the rule that made two.
//
// A rule reads the entities and writes its notes on es[i] to notes[i]
// (notes has one slot an entity). A note about another entity is one
// string shared by every entity that notes it alike: with many entities
// of one surname each has a note about each other, and the notes' text,
// one string a pair, was a good part of the memory of a large corpus's
// build.
type keptApartRule struct {
	name string
	note func(es []graph.Entity, notes [][]string)
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

// surnameListed is the most entities of one surname and type whose notes
// name each other one by one. Past it each notes only how many others
// share its surname: one note a pair grows with the square of the group
// (a surname common in a large archive made millions of notes, most of
// the stored graph's bytes), and a user who wants the others finds them
// by the surname.
const surnameListed = 16

// sameSurname: people or characters sharing a surname, with different
// given names.
func sameSurname(es []graph.Entity, notes [][]string) {
	by := map[string][]int{}
	for i, e := range es {
		if ws := strings.Fields(e.Name); personLike(e.Type) && len(ws) > 1 {
			k := e.Type + "|" + names.Fold(ws[len(ws)-1])
			by[k] = append(by[k], i)
		}
	}
	for k, ids := range by {
		if len(ids) <= surnameListed {
			continue
		}
		ws := strings.Fields(es[ids[0]].Name)
		text := fmt.Sprintf("kept apart from %d others with the surname %s: different given names", len(ids)-1, ws[len(ws)-1])
		for _, i := range ids {
			notes[i] = append(notes[i], text)
		}
		delete(by, k)
	}
	notePairs(es, notes, by, func(a, b graph.Entity) string {
		return fmt.Sprintf("kept apart from %s (%s): same surname, different given names", b.Name, b.ID)
	})
}

// sameNameOtherType: one name for things of different types.
func sameNameOtherType(es []graph.Entity, notes [][]string) {
	notePairs(es, notes, byName(es), func(a, b graph.Entity) string {
		return fmt.Sprintf("kept apart from %s (%s): same name, but a %s, not a %s", b.Name, b.ID, strings.ToLower(b.Type), strings.ToLower(a.Type))
	})
}

// bareNameOfOtherType: a surname that is another entity's whole name
// ("Ballard" the series, Renée Ballard the character).
func bareNameOfOtherType(es []graph.Entity, notes [][]string) {
	by := byName(es)
	type about struct {
		other      int
		word, kind string
	}
	said := map[about]string{}
	for i, e := range es {
		ws := strings.Fields(e.Name)
		if len(ws) < 2 || !personLike(e.Type) {
			continue
		}
		for _, j := range by[names.Fold(ws[len(ws)-1])] {
			if es[j].Type != e.Type {
				k := about{j, ws[len(ws)-1], e.Type}
				text, ok := said[k]
				if !ok {
					text = fmt.Sprintf("kept apart from %s (%s): the bare name %q is the %s's, and is no alias of this %s",
						es[j].Name, es[j].ID, ws[len(ws)-1], strings.ToLower(es[j].Type), strings.ToLower(e.Type))
					said[k] = text
				}
				notes[i] = append(notes[i], text)
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

// notePairs notes why in notes[i], for every entity es[i] of each index
// entry, about each other entity there, in key order. What why says of a
// and b may depend on a's type only, not on a's other fields: the note
// about b is made once for each type of the entities noting it, and
// shared by them.
func notePairs(es []graph.Entity, notes [][]string, by map[string][]int, why func(a, b graph.Entity) string) {
	keys := make([]string, 0, len(by))
	for k := range by {
		if len(by[k]) > 1 {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		ids := by[k]
		said := map[string][]string{} // a's type -> the note about each entity of the entry
		for _, i := range ids {
			texts := said[es[i].Type]
			if texts == nil {
				texts = make([]string, len(ids))
				said[es[i].Type] = texts
			}
			notes[i] = slices.Grow(notes[i], len(ids)-1)
			for n, j := range ids {
				if i != j {
					if texts[n] == "" {
						texts[n] = why(es[i], es[j])
					}
					notes[i] = append(notes[i], texts[n])
				}
			}
		}
	}
}
