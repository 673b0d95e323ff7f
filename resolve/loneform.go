package resolve

import (
	"fmt"
	"strings"

	"github.com/kgbuild/kg/graph"
)

// loneGivenForm is the rule "lone-given-form": a character that the
// corpus names by one familiar given name alone ("Peg") is the character
// whose given name is another form of it ("Margaret", "Margaret Lowe"),
// when that character is the only such one named with the same series and
// nothing keeps them apart (other actors, a claim relating them, pages
// that name people in full but never one in common, unless a page of each
// is about that series). Recaps
// and reviews call a character by the form the story uses while a page
// writes the full name, often with no surname to share; the forms of one
// name are those of words/given-name-forms.txt. It runs after the short
// names are placed, so that each lone name has found the full name it
// shares a word with first.
type loneGivenForm struct{}

func (loneGivenForm) name() string { return "lone-given-form" }

func (r loneGivenForm) apply(s *state) {
	ev := s.evidence()
	tp := newTopics(ev)
	var roots []*group
	seen := map[*group]bool{}
	for _, g := range s.sortedGroups() {
		if rt := g.root(); rt.typ == graph.Character && !seen[rt] && len(rt.refs) > 0 {
			seen[rt] = true
			roots = append(roots, rt)
		}
	}
	for _, a := range roots {
		ws := strings.Fields(a.key)
		if len(ws) != 1 || a.root() != a || len(givenNameForms[ws[0]]) == 0 {
			continue
		}
		var found []*group
		for _, b := range roots {
			if b.root() != b || b == a || !r.fits(ev, tp, a, b, ws[0]) {
				continue
			}
			found = append(found, b)
		}
		if len(found) != 1 {
			continue
		}
		b := found[0]
		s.union(b, a, r.name(), fmt.Sprintf("%q and %q are forms of one given name, of one series' only character so named", a.key, b.key))
	}
}

// fits reports whether b may be the character whose lone name a, the
// folded word given, is a familiar form of.
func (loneGivenForm) fits(ev *nameEvidence, tp *topics, a, b *group, given string) bool {
	bw := strings.Fields(b.key)
	if len(bw) == 0 || bw[0] == given || !formsOfOne(given, bw[0]) || ev.apart(a, b) != "" {
		return false
	}
	return sharesSeries(tp.of(a), tp.of(b)) && (aboutOne(ev, tp, a, b) || !tp.strangers(tp.docsOf(a), tp.docsOf(b)))
}

// aboutOne reports whether a page naming a and a page naming b are both
// about one series (its own page, its review or recap, not a page that
// only names it): a review that calls a character by a familiar form and
// the series' page that writes the full name are tied by the series they
// are about, though the review names only its critic in full.
func aboutOne(ev *nameEvidence, tp *topics, a, b *group) bool {
	as := map[*group]bool{}
	for _, d := range tp.docsOf(a) {
		if g := ev.about[d]; g != nil {
			as[g.root()] = true
		}
	}
	for _, d := range tp.docsOf(b) {
		if g := ev.about[d]; g != nil && as[g.root()] {
			return true
		}
	}
	return false
}

// sharesSeries reports whether two sets of series have one in common.
func sharesSeries(a, b map[*group]bool) bool {
	for g := range a {
		if b[g] {
			return true
		}
	}
	return false
}
