package resolve

import (
	"slices"
	"sort"
	"strings"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/names"
)

// variant is one surface form of an entity and where it is used.
type variant struct {
	name  string
	docs  map[string]int // document id -> mentions
	auth  int            // the highest Authority of those documents
	count int
	short bool // a proper part of another variant's name
}

// variants are the surface forms of one entity, in name order, and the
// roles its mentions give it.
type variants struct {
	list  []*variant
	roles []string
}

func (vs *variants) names() []string {
	out := make([]string, len(vs.list))
	for i, v := range vs.list {
		out[i] = v.name
	}
	return out
}

// variants collects the surface forms of g's entity.
func (s *state) variants(g *group) *variants {
	byName := map[string]*variant{}
	roles := map[string]bool{}
	out := &variants{}
	for _, ref := range g.refs {
		x := s.xs[ref.doc]
		m := x.Mentions[ref.i]
		v := byName[m.Name]
		if v == nil {
			v = &variant{name: m.Name, docs: map[string]int{}}
			byName[m.Name] = v
			out.list = append(out.list, v)
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
	// Short forms: a variant whose key is a proper part of another's,
	// or the quoted nickname of another ("Pope" of Andrew "Pope" Nash).
	// Titles of series and books are not shortened so.
	// A name the leading-word rule took for a shorter one is short itself.
	// Each variant's key and nicknames are made once: an entity named
	// many ways compares every pair of its variants.
	keys := make([]string, len(out.list))
	nicks := make([][]string, len(out.list))
	prefixed := make([]bool, len(out.list))
	for i, v := range out.list {
		keys[i] = normKey(g.typ, v.name)
		nicks[i] = foldedNicknames(v.name)
		prefixed[i] = s.prefixed[g.typ+"|"+keys[i]]
	}
	for i, v := range out.list {
		if prefixed[i] {
			v.short = true
			continue
		}
		if g.typ == graph.Series || g.typ == graph.Book {
			continue
		}
		for j := range out.list {
			if i != j && !prefixed[j] && (Affix(keys[i], keys[j]) || slices.Contains(nicks[j], keys[i])) {
				v.short = true
				break
			}
		}
	}
	sort.Slice(out.list, func(i, j int) bool { return out.list[i].name < out.list[j].name })
	for ro := range roles {
		out.roles = append(out.roles, ro)
	}
	sort.Strings(out.roles)
	return out
}

// canonical chooses the entity's name among its variants: a full name
// over a short form, then the spelling of the most authoritative kind of
// document, a capitalised word over an acronym or lower case, the most
// used, the longest, and the first in order.
func canonical(vs *variants) string {
	var best *variant
	for _, v := range vs.list {
		if best == nil || better(v, best) {
			best = v
		}
	}
	if best == nil {
		return ""
	}
	return best.name
}

// better reports whether a makes a better canonical name than b.
func better(a, b *variant) bool {
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

// acronymName reports whether every word of s is an acronym, with or
// without dots ("U.S.").
func acronymName(s string) bool {
	for _, w := range strings.Fields(s) {
		if !names.Acronym(strings.ReplaceAll(w, ".", "")) {
			return false
		}
	}
	return true
}
