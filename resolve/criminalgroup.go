package resolve

import (
	"fmt"
	"strings"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/names"
)

// criminalGroup is the rule "criminal-group-kind": two organizations named
// by the same proper name and words for the kind of a criminal
// organization ("the Vargas cartel", "the Vargas drug cartel", "the Kovac
// crime family", "the Kovac mafia gang") are one: pages name one group
// with the words each writer chose. Blocking: names meet only under their
// proper name.
type criminalGroup struct{}

func (criminalGroup) name() string { return "criminal-group-kind" }

func (r criminalGroup) apply(s *state) {
	by := map[string][]*group{}
	var keys []string
	for _, g := range s.sortedGroups() {
		if g.typ != graph.Organization {
			continue
		}
		if proper, ok := criminalProper(g.name); ok {
			if by[proper] == nil {
				keys = append(keys, proper)
			}
			by[proper] = append(by[proper], g)
		}
	}
	for _, k := range keys {
		gs := by[k]
		for _, g := range gs[1:] {
			if g.root() != gs[0].root() {
				s.union(gs[0], g, r.name(), fmt.Sprintf("criminal group: %q and %q name one group by %q", gs[0].name, g.name, k))
			}
		}
	}
}

// criminalProper splits a name into its proper name, the capitalised
// words first, and the lower-case words after them, and reports whether
// those are all words for a criminal organization's kind, at least one
// of them a group's (not only "crime" or "drug").
func criminalProper(name string) (string, bool) {
	ws := strings.Fields(name)
	i := 0
	for i < len(ws) && names.Capitalised(ws[i]) {
		i++
	}
	if i == 0 || i == len(ws) {
		return "", false
	}
	group := false
	for _, w := range ws[i:] {
		w = strings.ToLower(w)
		if !names.CriminalGroupWords[w] {
			return "", false
		}
		group = group || criminalKinds[w]
	}
	return names.Fold(strings.Join(ws[:i], " ")), group
}

// criminalKinds are the words of names.CriminalGroupWords that name a
// group themselves; the others qualify one.
var criminalKinds = map[string]bool{"cartel": true, "syndicate": true, "mafia": true, "mob": true, "gang": true, "triad": true, "family": true}
