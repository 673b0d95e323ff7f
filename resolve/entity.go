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
func (s *state) entity(g *group, owner nameOwners) (graph.Entity, []string) {
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

// nameOwners tells which entities own a name.
type nameOwners struct {
	// full maps the folded full name of every group (not only a short
	// form of another name) to the entities that have it: such a name is
	// no alias of any other entity. A name counts only where it is
	// written for an entity of the graph: a key is folded further than
	// the names it stands for ("Frost" is the key of the novels' "Frost
	// novels", and only a character's lone name as written), and a group
	// the graph leaves out (nothing but weak guesses typed it) has no
	// name to claim.
	full map[string]map[*group]bool
	// short maps the folded name of every short form the rules placed
	// ("Ray" of Ray Hobb) to the entities it stands for: a quoted
	// nickname inside another entity's name is no alias of that entity
	// where the corpus's lone mentions of it were placed elsewhere.
	short map[string]map[*group]bool
}

// owners finds the owners of the names of the state's groups.
func owners(s *state) nameOwners {
	o := nameOwners{full: map[string]map[*group]bool{}, short: map[string]map[*group]bool{}}
	written := map[*group]map[string]bool{}
	add := func(m map[string]map[*group]bool, f string, r *group) {
		if m[f] == nil {
			m[f] = map[*group]bool{}
		}
		m[f][r] = true
	}
	for _, g := range s.sortedGroups() {
		r := g.root()
		if len(r.refs) == 0 || !r.strong {
			continue
		}
		f := names.Fold(g.key)
		if !writtenFor(s, r, f, written) {
			continue
		}
		if g.short {
			add(o.short, f, r)
			continue
		}
		add(o.full, f, r)
	}
	return o
}

// placedElsewhere reports whether the lone mentions of the folded name f
// were placed as a short form with an entity other than g.
func (o nameOwners) placedElsewhere(g *group, f string) bool {
	own := o.short[f]
	return len(own) > 0 && !own[g]
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
// entity has that name (the nickname alone: unless the corpus's lone
// mentions of it were placed with another).
func aliases(g *group, vs *variants, best string, o nameOwners) []string {
	owned := o.full
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
			if !slices.Contains(out, q[1]) && q[1] != best && !o.placedElsewhere(g, names.Fold(q[1])) {
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
