package resolve

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/names"
)

// orgKindWord is the rule "org-kind-word": two organizations' names whose
// words are the same but the last, each a word of the company-kind list
// ("Quill Harbor Productions", "Quill Harbor Entertainment"), are one
// production company, which pages name either way. The words before must
// be two or more and name no network (a network's studio arm and its
// entertainment division are two companies, "Lumen Productions" and
// "Lumen Entertainment"), the head must fit exactly one other name, and
// no document may write both names: a page naming both names two
// companies. The name without its last word is the blocking.
type orgKindWord struct{}

func (orgKindWord) name() string { return "org-kind-word" }

// companyKindWords end the names of production companies interchangeably.
var companyKindWords = wordList("company-kind")

func (r orgKindWord) apply(s *state) {
	byHead := map[string][]*group{}
	for _, g := range s.sortedGroups() {
		ws := strings.Fields(g.key)
		n := len(ws)
		if g.typ != graph.Organization || g.root() != g || n < 3 || !companyKindWords[ws[n-1]] || len(g.refs) == 0 {
			continue
		}
		head := strings.Join(ws[:n-1], " ")
		if names.KnownNetwork(head) {
			continue
		}
		byHead[head] = append(byHead[head], g)
	}
	var ev *nameEvidence
	for _, head := range slices.Sorted(maps.Keys(byHead)) {
		gs := byHead[head]
		if len(gs) != 2 {
			continue
		}
		if ev == nil {
			ev = s.evidence()
		}
		a, b := gs[0], gs[1]
		if ev.together(a, b) || ev.apart(a, b) != "" {
			continue
		}
		s.union(a, b, r.name(), fmt.Sprintf("company kind: %q and %q differ only in the word that says what kind of company it is", a.name, b.name))
		ev = nil // the evidence follows the union
	}
}
