package resolve

import (
	"sort"
	"sync"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

// nameEvidence is what the rules that join two forms of a name ask of the
// corpus beyond the names themselves: which documents write each name in
// full, who plays each character, which entities a claim relates, and
// which series each document names. It is gathered once, in one pass
// over the mentions and claims, and kept up to date as the rules join
// names (see evidencekept.go).
type nameEvidence struct {
	// docs and blocks map a name's group to the documents, and the blocks
	// (document, block), that write it, each with how many mentions do
	// (see reown): a group that none writes has no entry.
	docs    map[*group]*tally[int]
	blocks  map[*group]*tally[[2]int]
	actors  map[*group]map[string]bool // an entity's root -> the actors that play it
	claimed map[[2]*group]bool         // roots a claim relates, both ways
	series  map[int][]*group           // a document -> the series it names
	about   map[int]*group             // a document -> the series it is about, if known
	// inferred are the series of the documents that name none, taken
	// from their cast (see inferSeries), made when first asked for (see
	// inferredSeries).
	inferred map[int][]*group
	// people maps a document to the people and characters it names in
	// full, by root, made when first asked for (see peopleByDoc).
	people map[int]map[*group]bool
	// seriesCache holds the lists seriesOf made; seriesMu guards it, as
	// rules read the evidence on all cores.
	seriesCache map[seriesKey][]*group
	seriesMu    sync.Mutex
	ix          *evidenceIndex
}

// gatherEvidence reads the evidence from the state as it stands, with the
// index that keeps it up to date (see evidencekept.go).
func gatherEvidence(s *state) *nameEvidence {
	ev := &nameEvidence{docs: map[*group]*tally[int]{}, blocks: map[*group]*tally[[2]int]{},
		claimed: map[[2]*group]bool{}, series: map[int][]*group{}, about: map[int]*group{},
		seriesCache: map[seriesKey][]*group{}, ix: newEvidenceIndex(s.xs)}
	ix := ev.ix
	var roots []*group
	for _, g := range s.sortedGroups() {
		if g.parent == nil {
			roots = append(roots, g)
		}
	}
	ids := s.refIDs(roots)
	for k, g := range roots {
		for j, r := range g.refs {
			ix.member[r.doc][r.i] = g
			id := ids[k][j]
			own := s.groups[id]
			ix.own[r.doc][r.i], ix.ownTyp[r.doc][r.i] = own, labelOf(g.typ)
			if own != nil {
				ev.count(own, r.doc, [2]int{r.doc, s.mention(r).Block})
			} else {
				ix.absent[id] = append(ix.absent[id], r)
			}
			if g.typ == graph.Series && !containsGroup(ev.series[r.doc], g) {
				ev.series[r.doc] = append(ev.series[r.doc], g)
			}
		}
	}
	ev.actors = s.actorsByRoot()
	for d, x := range s.xs {
		if g := ev.rootOf(mref{d, x.Subject}); g != nil && g.typ == graph.Series {
			ev.about[d] = g
		}
		for _, c := range x.Claims {
			ev.relate(ev.rootOf(mref{d, c.Subject}), ev.rootOf(mref{d, c.Object}))
		}
	}
	return ev
}

// newEvidenceIndex makes an empty index for the mentions of xs.
func newEvidenceIndex(xs []*extract.Extraction) *evidenceIndex {
	ix := &evidenceIndex{member: make([][]*group, len(xs)), own: make([][]*group, len(xs)), ownTyp: make([][]label, len(xs)),
		absent: map[string][]mref{}, pairs: map[*group][]*group{}}
	for d, x := range xs {
		ix.member[d] = make([]*group, len(x.Mentions))
		ix.own[d] = make([]*group, len(x.Mentions))
		ix.ownTyp[d] = make([]label, len(x.Mentions))
	}
	return ix
}

func containsGroup(gs []*group, g *group) bool {
	for _, h := range gs {
		if h == g {
			return true
		}
	}
	return false
}

// apartByClaim is what apart says of two entities a document relates.
const apartByClaim = "a document relates them"

// apart reports why the entities of a and b must stay two however alike
// their names, or "": other actors play them, or a document states a
// relation between them (a father and his namesake son, two partners).
func (ev *nameEvidence) apart(a, b *group) string {
	ra, rb := a.root(), b.root()
	if as, bs := ev.actors[ra], ev.actors[rb]; len(as) > 0 && len(bs) > 0 && !sharesKey(as, bs) {
		return "played by other actors"
	}
	if ev.claimed[[2]*group{ra, rb}] {
		return apartByClaim
	}
	return ""
}

func sharesKey(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// together reports whether one document writes both names in full.
func (ev *nameEvidence) together(a, b *group) bool {
	for d := range ev.docs[a].keys() {
		if ev.docs[b].has(d) {
			return true
		}
	}
	return false
}

// sideBySide reports whether one paragraph, list or field writes both
// names in full: it names two people.
func (ev *nameEvidence) sideBySide(a, b *group) bool {
	for k := range ev.blocks[a].keys() {
		if ev.blocks[b].has(k) {
			return true
		}
	}
	return false
}

// sharedSeries returns a series that a document writing a and one
// writing b are both about, or failing that both name, or failing that
// are taken to be about from their cast, and how ("about", "naming",
// "whose cast is named with"); the first in key order, or nil.
func (ev *nameEvidence) sharedSeries(a, b *group) (*group, string) {
	for _, how := range []string{seriesAbout, seriesNaming, seriesCast} {
		if g := firstShared(ev.seriesOf(a, how), ev.seriesOf(b, how)); g != nil {
			return g, how
		}
	}
	return nil, ""
}

// sharedPeople returns, in key order, the other people and characters
// named in full both in a document writing a and in one writing b.
func (ev *nameEvidence) sharedPeople(a, b *group) []*group {
	ra, rb := a.root(), b.root()
	inA := map[*group]bool{}
	for d := range ev.docs[a].keys() {
		for r := range ev.peopleByDoc()[d] {
			inA[r.root()] = true
		}
	}
	seen := map[*group]bool{}
	var out []*group
	for d := range ev.docs[b].keys() {
		for r := range ev.peopleByDoc()[d] {
			if r = r.root(); inA[r] && r != ra && r != rb && !seen[r] {
				seen[r] = true
				out = append(out, r)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].key < out[j].key })
	return out
}

// The ways a document is tied to a series, from the surest.
const (
	seriesAbout  = "about"
	seriesNaming = "naming"
	seriesCast   = "whose cast is named with"
)

// seriesOf lists, in key order, the series tied to the documents writing
// g in the way how; each list is made once.
func (ev *nameEvidence) seriesOf(g *group, how string) []*group {
	k := seriesKey{g, how}
	ev.seriesMu.Lock()
	got, ok := ev.seriesCache[k]
	ev.seriesMu.Unlock()
	if ok {
		return got
	}
	var out []*group
	for d := range ev.docs[g].keys() {
		var gs []*group
		switch how {
		case seriesAbout:
			if a := ev.about[d]; a != nil {
				gs = []*group{a}
			}
		case seriesNaming:
			gs = ev.series[d]
		default:
			gs = append(named(ev, d), ev.inferredSeries()[d]...)
		}
		for _, sr := range gs {
			if r := sr.root(); !containsGroup(out, r) {
				out = append(out, r)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].key < out[j].key })
	ev.seriesMu.Lock()
	ev.seriesCache[k] = out
	ev.seriesMu.Unlock()
	return out
}

// seriesKey names one of the lists seriesOf makes.
type seriesKey struct {
	g   *group
	how string
}

// firstShared returns the first group two lists in key order share, or
// nil; the groups of a list are series roots, whose keys differ.
func firstShared(a, b []*group) *group {
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			return a[i]
		case a[i].key < b[j].key:
			i++
		default:
			j++
		}
	}
	return nil
}
