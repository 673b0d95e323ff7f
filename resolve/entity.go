package resolve

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/internal/parallel"
	"github.com/kgbuild/kg/names"
)

// entities turns the merged groups into graph entities with canonical
// names, variants, stable ids, explanations and typing records. Each
// entity is made from its own group on any core; the ids are then given
// one entity after another in key order, since an id taken is not given
// again, so the entities are the same whatever the number of cores.
func (r Reconciler) entities(s *state) Resolved {
	res := Resolved{Links: map[string][]string{}}
	if r.ListOverrides {
		res.Overrides = s.overrides()
	}
	for _, x := range s.xs {
		res.Links[x.Doc.ID] = make([]string, len(x.Mentions))
	}
	ids := newIDs(r.Previous)
	owner := owners(s)
	var gs []*group
	for _, g := range s.sortedGroups() {
		if g.parent == nil && len(g.refs) > 0 && g.strong {
			gs = append(gs, g)
		}
	}
	es := make([]graph.Entity, len(gs))
	folded := make([][]string, len(gs))
	parallel.Each(len(gs), func(i int) {
		var vnames []string
		es[i], vnames = s.entity(gs[i], owner)
		folded[i] = foldNames(es[i].Name, vnames)
	})
	for i, g := range gs {
		e := &es[i]
		e.ID = ids.assign(g.typ, folded[i])
		for _, ref := range g.refs {
			res.Links[s.docName(ref.doc)][ref.i] = e.ID
		}
	}
	if len(es) > 0 {
		res.Entities = es
	}
	sort.Slice(res.Entities, func(i, j int) bool { return res.Entities[i].ID < res.Entities[j].ID })
	noteKeptApart(res.Entities)
	return res
}

// noteKeptApart applies the keep-apart rules to es: each rule on its own
// core, reading the entities and writing its notes apart, and what each
// noted is then appended in the order of keepApart, as if they had run
// one after another.
func noteKeptApart(es []graph.Entity) {
	noted := make([][][]string, len(keepApart))
	parallel.Each(len(keepApart), func(k int) {
		noted[k] = make([][]string, len(es))
		keepApart[k].note(es, noted[k])
	})
	for i := range es {
		n := 0
		for _, notes := range noted {
			n += len(notes[i])
		}
		if n == 0 {
			continue
		}
		es[i].Merges = slices.Grow(es[i].Merges, n)
		for _, notes := range noted {
			es[i].Merges = append(es[i].Merges, notes[i]...)
		}
	}
}

// entity makes the entity of root g but its id, and returns the names of
// its variants, which the id is chosen by. It only reads the state.
func (s *state) entity(g *group, owner map[string]map[*group]bool) (graph.Entity, []string) {
	vs := s.variants(g)
	best := canonical(vs)
	e := graph.Entity{Type: g.typ, Name: best, Aliases: aliases(g, vs, best, owner)}
	for _, v := range vs.list {
		e.Variants = append(e.Variants, graph.Variant{Name: v.name, Documents: v.docs})
	}
	e.Roles = vs.roles
	e.Merges = mergeTexts(s.notes(g, vs, best))
	e.Typing = s.typing(g)
	return e, vs.names()
}

// mergeTexts is what an entity's Merges say, in the order the rules took
// their decisions.
func mergeTexts(ms []merge) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.text)
	}
	return out
}

// notes are the merges and notes recorded on the group g, whose variants
// are vs and canonical name best, in the order the rules took them.
func (s *state) notes(g *group, vs *variants, best string) []merge {
	out := append(append([]merge(nil), g.why...), s.unlinked[g]...)
	out = append(out, s.shortsLeft.merges(g)...)
	return append(out, foldedMatch(vs, best)...)
}

// owners maps the folded full name of every group (not only a short form
// of another name) to the entities that have it: such a name is no alias
// of any other entity. A name counts only where it is written for an
// entity of the graph: a key is folded further than the names it stands
// for ("Frost" is the key of the novels' "Frost novels", and only a
// character's lone name as written), and a group the graph leaves out
// (nothing but weak guesses typed it) has no name to claim.
func owners(s *state) map[string]map[*group]bool {
	owned := map[string]map[*group]bool{}
	written := map[*group]map[string]bool{}
	for _, g := range s.sortedGroups() {
		r := g.root()
		if g.short || len(r.refs) == 0 || !r.strong {
			continue
		}
		f := names.Fold(g.key)
		if !writtenFor(s, r, f, written) {
			continue
		}
		if owned[f] == nil {
			owned[f] = map[*group]bool{}
		}
		owned[f][r] = true
	}
	return owned
}

// writtenFor reports whether a mention of root r's entity is written
// with folded name f, noting r's folded names in written once.
func writtenFor(s *state, r *group, f string, written map[*group]map[string]bool) bool {
	ns := written[r]
	if ns == nil {
		ns = map[string]bool{}
		for _, ref := range r.refs {
			ns[names.Fold(s.mention(ref).Name)] = true
		}
		written[r] = ns
	}
	return ns[f]
}

// aliases lists the variants other than the canonical name, leaving out a
// short form that is the full name of another entity ("Ballard", the
// series, is no alias of Renée Ballard), and adding a quoted nickname
// inside a name ("Honey "Money" Chandler") as a name of its own, with the
// name without it and by it (Honey Chandler, Money Chandler), which is
// how the character is looked up and written elsewhere, unless another
// entity has that name.
func aliases(g *group, vs *variants, best string, owned map[string]map[*group]bool) []string {
	out := []string{}
	for _, v := range vs.list {
		if v.name == best {
			continue
		}
		if own := owned[names.Fold(v.name)]; v.short && len(own) > 0 && !own[g] {
			continue
		}
		out = append(out, v.name)
	}
	for _, v := range vs.list {
		for _, q := range nickname.FindAllStringSubmatch(v.name, -1) {
			if !slices.Contains(out, q[1]) && q[1] != best {
				out = append(out, q[1])
			}
		}
		for _, f := range nicknameForms(v.name) {
			own := owned[names.Fold(f)]
			if !slices.Contains(out, f) && f != best && (len(own) == 0 || own[g]) {
				out = append(out, f)
			}
		}
	}
	return out
}

// foldedMatch records, as the rule "folded-key", the variants that differ
// from the canonical name only by what folding ignores.
func foldedMatch(vs *variants, best string) []merge {
	if len(vs.list) < 2 {
		return nil
	}
	var folded []string
	for _, v := range vs.list {
		if v.name != best && names.Fold(v.name) == names.Fold(best) {
			folded = append(folded, fmt.Sprintf("%q", v.name))
		}
	}
	if len(folded) == 0 {
		return nil
	}
	return []merge{{rule: "folded-key", text: fmt.Sprintf("exact folded match: %q = %s", best, strings.Join(folded, ", "))}}
}
