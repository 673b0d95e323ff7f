package resolve

import (
	"fmt"
	"strings"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/names"
)

// acronymRule is the rule "acronym": an organization or place written as
// one acronym ("BPD", "F.B.I.") joins the one longer name of its type
// whose initials it spells, with or without the little words ("Baltimore
// Police Department", "Federal Bureau of Investigation"). Where the text
// says so ("... Department (BPD)") explicit-alias has joined them already;
// this rule joins them across documents that never do. An acronym that
// two names spell joins neither.
//
// Blocking: every longer name is indexed under its initials, so an
// acronym is compared only with the names it spells.
type acronymRule struct{}

func (acronymRule) name() string { return "acronym" }

// minAcronym is the fewest letters an acronym must have: two letters spell
// too many names.
const minAcronym = 3

// littleWords are the words an acronym may leave out.
var littleWords = map[string]bool{"of": true, "the": true, "and": true, "for": true, "de": true, "on": true}

func (a acronymRule) apply(s *state) {
	spelled := map[string][]*group{}
	for _, g := range s.sortedGroups() {
		if g.typ != graph.Organization && g.typ != graph.Place {
			continue
		}
		for _, in := range initials(g.key) {
			spelled[g.typ+"|"+in] = append(spelled[g.typ+"|"+in], g)
		}
	}
	for _, g := range s.sortedGroups() {
		if (g.typ != graph.Organization && g.typ != graph.Place) || !isAcronym(g.name) || len(g.key) < minAcronym {
			continue
		}
		var fit []*group
		for _, b := range spelled[g.typ+"|"+g.key] {
			if r := b.root(); r != g.root() && !containsGroup(fit, r) {
				fit = append(fit, r)
			}
		}
		if len(fit) == 1 {
			g.short = true
			s.union(fit[0], g, a.name(), fmt.Sprintf("acronym: %q spells the initials of %q, the only %s name that it does", g.name, fit[0].name, strings.ToLower(g.typ)))
		}
	}
}

// isAcronym reports whether a name is one acronym, with or without dots.
func isAcronym(name string) bool {
	w := strings.ReplaceAll(strings.TrimSpace(name), ".", "")
	return !strings.Contains(w, " ") && names.Acronym(w)
}

// initials returns the initials of a folded name of three words or more,
// of all its words and of those but the little words: "bureau of
// investigation" gives "boi" and "bi".
func initials(key string) []string {
	ws := strings.Fields(key)
	if len(ws) < minAcronym {
		return nil
	}
	var all, big strings.Builder
	for _, w := range ws {
		r := []rune(w)[0]
		all.WriteRune(r)
		if !littleWords[w] {
			big.WriteRune(r)
		}
	}
	if all.String() == big.String() {
		return []string{all.String()}
	}
	return []string{all.String(), big.String()}
}
