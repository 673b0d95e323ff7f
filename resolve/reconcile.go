package resolve

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/names"
)

// Authority ranks document kinds for choosing a canonical spelling: an
// encyclopedia-style page is edited for names, a review is not.
var Authority = map[string]int{"encyclopedia": 4, "news": 3, "article": 2, "listing": 2, "review": 1}

// Reconciler is the reconcile stage: it merges the mentions of all
// documents into entities and explains each merge.
//
// Rules, in order: (1) mentions of one type whose names fold to the same
// key (accents, case, punctuation) are one entity; (2) a name the text
// itself gives as another's alias ("also known as", an acronym in
// parentheses) joins it; (3) an organization's name that is the start or
// end of exactly one longer organization name joins it ("Prime Video",
// "Amazon Prime Video"); (4) near spellings join only with corroboration:
// the same actor plays both; (5) a lone first name or surname joins the one
// full name of the right type that has it in the same document, else in the
// corpus, else the one that dominates the corpus; when several fit it is
// left unlinked. Types are never mixed: "Ballard" the series and Renée
// Ballard the character stay two entities.
type Reconciler struct {
	// Previous holds the entities of the graph stored before this run;
	// an entity that shares a name with one of them keeps its id.
	Previous []graph.Entity
}

// Resolved is the outcome of reconciliation.
type Resolved struct {
	Entities []graph.Entity
	// Links[doc][i] is the entity id of mention i of doc, or "".
	Links map[string][]string
}

type mref struct{ doc, i int }

type group struct {
	typ, key string
	name     string // the name as first written, for its words
	refs     []mref
	parent   *group
	why      []string
	short    bool // joined as the short form of a longer name
	strong   bool // found by structure or a pattern, not only by shape
}

func (g *group) root() *group {
	for g.parent != nil {
		g = g.parent
	}
	return g
}

func union(a, b *group, why string) {
	ra, rb := a.root(), b.root()
	if ra == rb {
		return
	}
	rb.parent = ra
	ra.refs = append(ra.refs, rb.refs...)
	rb.refs = nil
	ra.why = append(ra.why, rb.why...)
	ra.why = append(ra.why, why)
	ra.strong = ra.strong || rb.strong
}

// normKey is the key names are compared by within a type: Fold, with the
// generic words of book series and a leading article dropped.
func normKey(typ, name string) string {
	k := names.Fold(name)
	ws := strings.Fields(k)
	var out []string
	for i, w := range ws {
		if i == 0 && w == "the" && len(ws) > 1 && typ != "Person" && typ != "Character" {
			continue
		}
		if typ == "Book" && (w == "novel" || w == "novels" || w == "book" || w == "books") && len(ws) > 1 {
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// Run reconciles the mentions of every extraction.
func (r Reconciler) Run(xs []*extract.Extraction) Resolved {
	groups := map[string]*group{}
	get := func(typ, key string) *group {
		id := typ + "|" + key
		g := groups[id]
		if g == nil {
			g = &group{typ: typ, key: key}
			groups[id] = g
		}
		return g
	}
	docName := func(d int) string { return xs[d].Doc.ID }
	need := needTypes(xs)

	// Votes: where the mentions of one name disagree on its type, the
	// weakly typed ones take the type the evidence favours by far.
	votes := typeVotes(xs)
	var shorts []mref
	for d, x := range xs {
		for i := range x.Mentions {
			m := &x.Mentions[i]
			if v := votes[names.Fold(m.Name)]; m.Type != "" && m.Signal != extract.SigStructure && (m.Signal != extract.SigPattern || extract.SameKind(m.Type, v.best())) {
				if best := v.best(); best != m.Type && v[best] > 2*v[m.Type] {
					m.Type = best
				}
			}
			if m.Type == "" || m.Signal == extract.SigShort && need[mref{d, i}] == "" {
				shorts = append(shorts, mref{d, i})
				continue
			}
			if m.Signal == extract.SigLexicon && need[mref{d, i}] != "" && need[mref{d, i}] != m.Type {
				shorts = append(shorts, mref{d, i}) // "Ballard's grandmother": the character
				continue
			}
			g := get(m.Type, normKey(m.Type, m.Name))
			g.refs = append(g.refs, mref{d, i})
			if g.name == "" {
				g.name = m.Name
			}
			if m.Signal != extract.SigShape || m.Confidence >= 0.4 {
				g.strong = true
			}
		}
	}
	// (2) explicit aliases.
	for _, x := range xs {
		for _, m := range x.Mentions {
			if m.Alias == "" || m.Type == "" {
				continue
			}
			a, b := groups[m.Type+"|"+normKey(m.Type, m.Name)], groups[m.Type+"|"+normKey(m.Type, m.Alias)]
			if a != nil && b != nil {
				union(b, a, fmt.Sprintf("alias: %s says %q is also %q", x.Doc.ID, m.Alias, m.Name))
			}
		}
	}
	// A name with a quoted nickname (Marguerite "Peg" Lindahl) is also
	// written without it, or with the nickname as the first name.
	for _, g := range sortedGroups(groups) {
		m := nickname.FindStringSubmatchIndex(g.name)
		if m == nil {
			continue
		}
		plain := strings.Join(strings.Fields(g.name[:m[0]]+" "+g.name[m[1]:]), " ")
		ws := strings.Fields(plain)
		forms := []string{plain}
		if len(ws) > 0 {
			forms = append(forms, g.name[m[2]:m[3]]+" "+ws[len(ws)-1])
		}
		for _, f := range forms {
			if o := groups[g.typ+"|"+normKey(g.typ, f)]; o != nil && o.root() != g.root() {
				union(g, o, fmt.Sprintf("nickname: %q is %q without its nickname, or by it", f, g.name))
			}
		}
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	// Blocking: organization names are compared only with names that share
	// their first or last word, so the cost follows the number of names,
	// not its square.
	orgsByEnd := map[string][]*group{}
	for _, k := range keys {
		if g := groups[k]; g.typ == "Organization" {
			ws := strings.Fields(g.key)
			if len(ws) > 0 {
				orgsByEnd["<"+ws[0]] = append(orgsByEnd["<"+ws[0]], g)
				orgsByEnd[">"+ws[len(ws)-1]] = append(orgsByEnd[">"+ws[len(ws)-1]], g)
			}
		}
	}
	orgsWithAffix := func(a *group) []*group {
		ws := strings.Fields(a.key)
		if len(ws) == 0 {
			return nil
		}
		var fit []*group
		seen := map[*group]bool{}
		for _, b := range append(orgsByEnd["<"+ws[0]], orgsByEnd[">"+ws[len(ws)-1]]...) {
			if b != a && !seen[b] && Affix(a.key, b.key) {
				seen[b] = true
				fit = append(fit, b)
			}
		}
		return fit
	}
	// A name only its shape called a person that starts or ends exactly
	// one organization's name is that organization ("Skerry Lane" of
	// "Skerry Lane Productions").
	for _, ka := range keys {
		a := groups[ka]
		if a.typ != "Person" || !allShape(a, xs) {
			continue
		}
		fit := orgsWithAffix(a)
		if len(fit) == 1 {
			a.short = true
			union(fit[0], a, fmt.Sprintf("short form: %q is part of %q, the only organization name that contains it", a.key, fit[0].key))
		}
	}
	networks := map[string]bool{} // organizations named as what a series airs on
	for _, x := range xs {
		for _, c := range x.Claims {
			if c.Predicate == "AIRS_ON" && c.Object >= 0 {
				networks[normKey("Organization", x.Mentions[c.Object].Name)] = true
			}
		}
	}
	// (3) organization short forms.
	for _, ka := range keys {
		a := groups[ka]
		if a.typ != "Organization" {
			continue
		}
		fit := orgsWithAffix(a)
		if len(fit) > 1 && networks[a.key] {
			// "Network: Halcyon" beside Halcyon Broadcasting and Halcyon
			// Studios: a network's short name is the broadcaster's.
			var bc []*group
			for _, b := range fit {
				if broadcasterWords[names.LastWord(b.key)] {
					bc = append(bc, b)
				}
			}
			fit = bc
		}
		if len(fit) == 1 && fit[0].root() != a.root() {
			a.short = true
			union(fit[0], a, fmt.Sprintf("short form: %q is part of %q, the only organization name that contains it", a.key, fit[0].key))
		}
	}
	// (4) near spellings, corroborated by a shared actor. The actor is
	// also the blocking key: only the characters one actor plays are
	// compared with each other.
	actors := playedBy(xs, groups)
	plays := map[string][]*group{}
	for _, k := range keys {
		g := groups[k]
		var names []string
		for a := range actors[g] {
			names = append(names, a)
		}
		sort.Strings(names)
		for _, a := range names {
			plays[a] = append(plays[a], g)
		}
	}
	actorNames := make([]string, 0, len(plays))
	for a := range plays {
		actorNames = append(actorNames, a)
	}
	sort.Strings(actorNames)
	for _, actor := range actorNames {
		gs := plays[actor]
		for i, a := range gs {
			for _, b := range gs[i+1:] {
				if b.typ != a.typ || a.root() == b.root() || len(a.key) < 6 || len(b.key) < 6 {
					continue
				}
				dist := names.EditDistance(a.key, b.key)
				if dist == 0 || dist > 2 || strings.Count(a.key, " ") != strings.Count(b.key, " ") {
					continue
				}
				union(a, b, fmt.Sprintf("near spelling: %q ~ %q (edit distance %d), both played by %s", a.key, b.key, dist, actor))
			}
		}
	}
	// (5) lone first names and surnames.
	byToken := map[string][]*group{}
	for _, k := range keys {
		g := groups[k]
		// Words of the name as written: a hyphenated surname is one word.
		ws := strings.Fields(g.name)
		if len(ws) < 2 {
			continue
		}
		for _, w := range []string{names.Fold(ws[0]), names.Fold(ws[len(ws)-1])} {
			byToken[g.typ+"|"+w] = append(byToken[g.typ+"|"+w], g)
		}
	}
	inDoc := func(g *group, d int) bool {
		for _, r := range g.root().refs {
			if r.doc == d {
				return true
			}
		}
		return false
	}
	unlinked := map[*group][]string{}
	playsOf := map[mref][]string{} // short mention -> folded names of the actors said to play it
	for d, x := range xs {
		for _, c := range x.Claims {
			if c.Predicate == "PLAYS" && c.Subject >= 0 && c.Object >= 0 {
				r := mref{d, c.Object}
				playsOf[r] = append(playsOf[r], names.Fold(x.Mentions[c.Subject].Name))
			}
		}
	}
	for _, ref := range shorts {
		m := &xs[ref.doc].Mentions[ref.i]
		key := names.Fold(m.Name)
		types := []string{"Person", "Character"}
		if t := need[ref]; t != "" {
			types = []string{t}
		} else if m.Type == "Person" || m.Type == "Character" {
			types = []string{m.Type}
		}
		var cands []*group
		seen := map[*group]bool{}
		for _, t := range types {
			for _, g := range byToken[t+"|"+key] {
				if r := g.root(); !seen[r] {
					seen[r] = true
					cands = append(cands, r)
				}
			}
		}
		// An exact name of another entity wins when no pattern asked for
		// a person or character.
		if need[ref] == "" {
			for _, t := range extract.TypeOrder {
				if g := groups[t+"|"+normKey(t, m.Name)]; g != nil && m.Type != "" {
					cands = []*group{g.root()}
					break
				}
			}
		}
		var local []*group
		for _, c := range cands {
			if inDoc(c, ref.doc) {
				local = append(local, c)
			}
		}
		var pick *group
		why := ""
		if len(cands) > 1 {
			// Evidence that tells namesakes apart: the actor a claim says
			// plays this mention, or the one candidate named in the same
			// paragraph.
			if c := byActor(cands, playsOf[ref], actors); c != nil {
				cands = []*group{c}
			} else if c := inBlock(cands, ref, xs); c != nil {
				pick, why = c, "the only %s named %q in the same paragraph of "+docName(ref.doc)
			}
		}
		switch {
		case pick != nil:
		case len(cands) == 1:
			pick, why = cands[0], "the only %s named %q in the corpus"
		case len(local) == 1:
			pick, why = local[0], "the only %s named %q in "+docName(ref.doc)
		case len(cands) > 1:
			sort.Slice(cands, func(i, j int) bool { return len(cands[i].refs) > len(cands[j].refs) })
			if len(cands[0].refs) >= 3*len(cands[1].refs) {
				pick, why = cands[0], "the %s named %q that the corpus mentions far most often"
			} else {
				var names []string
				for _, c := range cands {
					names = append(names, c.key)
				}
				for _, c := range cands {
					unlinked[c] = append(unlinked[c], fmt.Sprintf("%q in %s left unlinked: it fits %s", m.Name, docName(ref.doc), strings.Join(names, ", ")))
				}
			}
		}
		if pick != nil {
			exact := pick.key == normKey(pick.typ, m.Name)
			m.Type = pick.typ
			if !exact {
				sg := get(pick.typ, normKey(pick.typ, m.Name))
				sg.short = true
				if sg.root() != pick.root() {
					union(pick, sg, fmt.Sprintf("short form: %q in %s is "+why, m.Name, docName(ref.doc), strings.ToLower(pick.typ), m.Name))
				}
			}
			r := pick.root()
			r.refs = append(r.refs, ref)
			continue
		}
		if len(cands) == 0 && m.Type != "" && m.Confidence >= 0.5 {
			// A name of its own, confirmed by a pattern ("his sister, Sarah").
			g := get(m.Type, normKey(m.Type, m.Name))
			g.refs = append(g.refs, ref)
			g.strong = true
		}
	}
	return r.entities(xs, groups, unlinked)
}

// affix reports whether the words of a are a proper leading or trailing
// run of the words of b.
func Affix(a, b string) bool {
	aw, bw := strings.Fields(a), strings.Fields(b)
	if len(aw) == 0 || len(aw) >= len(bw) {
		return false
	}
	return strings.Join(bw[:len(aw)], " ") == a || strings.Join(bw[len(bw)-len(aw):], " ") == a
}

// needTypes returns, for mentions a claim uses, the type the claim needs.
func needTypes(xs []*extract.Extraction) map[mref]string {
	need := map[mref]string{}
	for d, x := range xs {
		for _, c := range x.Claims {
			s, o := extract.WantTypes(c.Predicate)
			if c.Subject >= 0 && x.Mentions[c.Subject].Type != s {
				need[mref{d, c.Subject}] = s
			}
			if c.Object >= 0 && x.Mentions[c.Object].Type != o {
				need[mref{d, c.Object}] = o
			}
		}
	}
	return need
}

// playedBy maps each character group to the actors (folded names) that
// play it, from PLAYS claims.
func playedBy(xs []*extract.Extraction, groups map[string]*group) map[*group]map[string]bool {
	out := map[*group]map[string]bool{}
	for _, x := range xs {
		for _, c := range x.Claims {
			if c.Predicate != "PLAYS" || c.Subject < 0 || c.Object < 0 {
				continue
			}
			a, ch := x.Mentions[c.Subject], x.Mentions[c.Object]
			g := groups["Character|"+normKey("Character", ch.Name)]
			if g == nil {
				continue
			}
			if out[g] == nil {
				out[g] = map[string]bool{}
			}
			out[g][names.Fold(a.Name)] = true
		}
	}
	return out
}

// entities turns the merged groups into graph entities with canonical
// names, variants, stable ids and explanations.
func (r Reconciler) entities(xs []*extract.Extraction, groups map[string]*group, unlinked map[*group][]string) Resolved {
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	res := Resolved{Links: map[string][]string{}}
	for _, x := range xs {
		res.Links[x.Doc.ID] = make([]string, len(x.Mentions))
	}
	prev := map[string]string{} // type|variant key -> previous id
	for _, e := range r.Previous {
		for _, v := range append([]string{e.Name}, e.Aliases...) {
			prev[e.Type+"|"+names.Fold(v)] = e.ID
		}
	}
	taken := map[string]bool{}
	// owner maps a folded name to the entity whose full name it is.
	owner := map[string]map[*group]bool{}
	for _, k := range keys {
		if g := groups[k]; !g.short && len(g.root().refs) > 0 {
			f := names.Fold(g.key)
			if owner[f] == nil {
				owner[f] = map[*group]bool{}
			}
			owner[f][g.root()] = true
		}
	}
	var roots []*group
	for _, k := range keys {
		g := groups[k]
		if g.parent == nil && len(g.refs) > 0 && g.strong {
			roots = append(roots, g)
		}
	}
	for _, g := range roots {
		// Variants: every surface form and the documents that use it.
		type vinfo struct {
			name  string
			docs  map[string]int
			auth  int
			count int
			short bool
		}
		vs := map[string]*vinfo{}
		var order []string
		roles := map[string]bool{}
		for _, ref := range g.refs {
			x := xs[ref.doc]
			m := x.Mentions[ref.i]
			v := vs[m.Name]
			if v == nil {
				v = &vinfo{name: m.Name, docs: map[string]int{}}
				vs[m.Name] = v
				order = append(order, m.Name)
			}
			v.docs[x.Doc.ID]++
			v.count++
			if a := Authority[x.Doc.Kind]; a > v.auth {
				v.auth = a
			}
			if m.Role != "" {
				roles[m.Role] = true
			}
		}
		// Short forms: a variant whose key is a proper part of another's.
		for _, v := range vs {
			for _, w := range vs {
				if g.typ != "Series" && g.typ != "Book" && v != w && Affix(normKey(g.typ, v.name), normKey(g.typ, w.name)) {
					v.short = true
				}
			}
		}
		sort.Strings(order)
		best := ""
		better := func(a, b *vinfo) bool {
			if a.short != b.short {
				return !a.short
			}
			if a.auth != b.auth {
				return a.auth > b.auth
			}
			ua, ub := names.Capitalised(a.name) && !acronymName(a.name), names.Capitalised(b.name) && !acronymName(b.name)
			if ua != ub {
				return ua
			}
			if a.count != b.count {
				return a.count > b.count
			}
			if len(a.name) != len(b.name) {
				return len(a.name) > len(b.name)
			}
			return a.name < b.name
		}
		for _, n := range order {
			if best == "" || better(vs[n], vs[best]) {
				best = n
			}
		}
		e := graph.Entity{Type: g.typ, Name: best, Aliases: []string{}}
		for _, n := range order {
			v := vs[n]
			e.Variants = append(e.Variants, graph.Variant{Name: n, Documents: v.docs})
			if n == best {
				continue
			}
			// A short form that is the full name of another entity
			// ("Ballard", the series) is not an alias of this one.
			if own := owner[names.Fold(n)]; v.short && len(own) > 0 && !own[g] {
				continue
			}
			e.Aliases = append(e.Aliases, n)
		}
		// A quoted nickname inside a name ("Honey "Money" Chandler") is a
		// name of its own.
		for _, n := range order {
			for _, q := range nickname.FindAllStringSubmatch(n, -1) {
				if !slices.Contains(e.Aliases, q[1]) && q[1] != best {
					e.Aliases = append(e.Aliases, q[1])
				}
			}
		}
		for ro := range roles {
			e.Roles = append(e.Roles, ro)
		}
		sort.Strings(e.Roles)
		e.Merges = append(e.Merges, g.why...)
		e.Merges = append(e.Merges, unlinked[g]...)
		if len(vs) > 1 {
			var folded []string
			for _, n := range order {
				if n != best && names.Fold(n) == names.Fold(best) {
					folded = append(folded, n)
				}
			}
			if len(folded) > 0 {
				e.Merges = append(e.Merges, fmt.Sprintf("exact folded match: %q = %s", best, quoteAll(folded)))
			}
		}
		// Stable id: reuse the previous run's id for the same thing.
		id := ""
		for _, n := range append([]string{best}, order...) {
			if p, ok := prev[g.typ+"|"+names.Fold(n)]; ok && !taken[p] {
				id = p
				break
			}
		}
		if id == "" {
			base := strings.ToLower(g.typ) + ":" + strings.ReplaceAll(names.Fold(best), " ", "-")
			id = base
			for n := 2; taken[id]; n++ {
				id = fmt.Sprintf("%s-%d", base, n)
			}
		}
		taken[id] = true
		e.ID = id
		for _, ref := range g.refs {
			res.Links[xs[ref.doc].Doc.ID][ref.i] = id
		}
		res.Entities = append(res.Entities, e)
	}
	sort.Slice(res.Entities, func(i, j int) bool { return res.Entities[i].ID < res.Entities[j].ID })
	keptApart(res.Entities)
	return res
}

// keptApart records, on entities that share a surname or a whole name with
// another entity, that they were kept apart and why: the same surname with
// different given names, or the same name for things of different types.
func keptApart(es []graph.Entity) {
	bySurname := map[string][]int{}
	byName := map[string][]int{}
	for i, e := range es {
		byName[names.Fold(e.Name)] = append(byName[names.Fold(e.Name)], i)
		if ws := strings.Fields(e.Name); (e.Type == "Person" || e.Type == "Character") && len(ws) > 1 {
			k := e.Type + "|" + names.Fold(ws[len(ws)-1])
			bySurname[k] = append(bySurname[k], i)
		}
	}
	note := func(idx []int, why func(a, b graph.Entity) string) {
		for _, i := range idx {
			for _, j := range idx {
				if i != j {
					es[i].Merges = append(es[i].Merges, why(es[i], es[j]))
				}
			}
		}
	}
	for _, k := range sortedKeys(bySurname) {
		note(bySurname[k], func(a, b graph.Entity) string {
			return fmt.Sprintf("kept apart from %s (%s): same surname, different given names", b.Name, b.ID)
		})
	}
	for _, k := range sortedKeys(byName) {
		note(byName[k], func(a, b graph.Entity) string {
			return fmt.Sprintf("kept apart from %s (%s): same name, but a %s, not a %s", b.Name, b.ID, strings.ToLower(b.Type), strings.ToLower(a.Type))
		})
	}
	// A bare surname that is another entity's whole name ("Ballard" the
	// series, Renée Ballard the character).
	for i, e := range es {
		ws := strings.Fields(e.Name)
		if len(ws) < 2 || (e.Type != "Person" && e.Type != "Character") {
			continue
		}
		for _, j := range byName[names.Fold(ws[len(ws)-1])] {
			if es[j].Type != e.Type {
				es[i].Merges = append(es[i].Merges, fmt.Sprintf("kept apart from %s (%s): the bare name %q is the %s's, and is no alias of this %s",
					es[j].Name, es[j].ID, ws[len(ws)-1], strings.ToLower(es[j].Type), strings.ToLower(e.Type)))
			}
		}
	}
}

func sortedKeys(m map[string][]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

var nickname = regexp.MustCompile(`["“]([\p{L}][\p{L} .'-]*)["”]`)

func acronymName(s string) bool {
	for _, w := range strings.Fields(s) {
		if !names.Acronym(w) {
			return false
		}
	}
	return true
}

func quoteAll(xs []string) string {
	q := make([]string, len(xs))
	for i, x := range xs {
		q[i] = fmt.Sprintf("%q", x)
	}
	return strings.Join(q, ", ")
}

// byActor returns the one candidate played by one of the given actors.
func byActor(cands []*group, actorNames []string, actors map[*group]map[string]bool) *group {
	var found *group
	for _, c := range cands {
		played := false
		for g, as := range actors {
			if g.root() != c {
				continue
			}
			for _, a := range actorNames {
				played = played || as[a]
			}
		}
		if played {
			if found != nil {
				return nil
			}
			found = c
		}
	}
	return found
}

// inBlock returns the one candidate named in full in the same block as the
// mention ref, or nil.
func inBlock(cands []*group, ref mref, xs []*extract.Extraction) *group {
	blk := xs[ref.doc].Mentions[ref.i].Block
	var found *group
	for _, c := range cands {
		for _, r := range c.refs {
			if r.doc == ref.doc && r != ref && xs[r.doc].Mentions[r.i].Block == blk && len(strings.Fields(xs[r.doc].Mentions[r.i].Name)) > 1 {
				if found != nil && found != c {
					return nil
				}
				found = c
				break
			}
		}
	}
	return found
}

// votes counts, for one name, the evidence for each type.
type votes map[string]float64

func (v votes) best() string {
	best := ""
	for _, t := range extract.TypeOrder {
		if v[t] > v[best] {
			best = t
		}
	}
	return best
}

// typeVotes weighs each typed mention by how it was typed: structure says
// most, a relation pattern much, shape and the lexicon little.
func typeVotes(xs []*extract.Extraction) map[string]votes {
	out := map[string]votes{}
	for _, x := range xs {
		for _, m := range x.Mentions {
			if m.Type == "" {
				continue
			}
			w := 0.3
			switch m.Signal {
			case extract.SigStructure:
				w = 3
			case extract.SigPattern:
				w = 2
			case extract.SigShort:
				w = 1.5
			case extract.SigShape:
				w = m.Confidence
			}
			k := names.Fold(m.Name)
			if out[k] == nil {
				out[k] = votes{}
			}
			out[k][m.Type] += w
		}
	}
	return out
}

// allShape reports whether every mention of g was typed by its shape only.
func allShape(g *group, xs []*extract.Extraction) bool {
	for _, r := range g.refs {
		if xs[r.doc].Mentions[r.i].Signal != extract.SigShape {
			return false
		}
	}
	return len(g.refs) > 0
}

// sortedGroups lists the groups in key order, for deterministic merging.
func sortedGroups(groups map[string]*group) []*group {
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]*group, len(keys))
	for i, k := range keys {
		out[i] = groups[k]
	}
	return out
}

// broadcasterWords end the names of networks and streamers.
var broadcasterWords = map[string]bool{"broadcasting": true, "network": true, "networks": true, "television": true,
	"tv": true, "channel": true, "channels": true, "plus": true, "streaming": true, "broadcasters": true}
