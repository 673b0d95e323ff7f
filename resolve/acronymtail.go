package resolve

import (
	"fmt"
	"strings"

	"github.com/kgbuild/kg/graph"
)

// acronymTail is the rule "acronym-tail": an organization's name whose
// last word is an acronym of the words that end one longer organization
// name, its other words the same ("Harbor City PD", "Harbor City Police
// Department"), is that name: pages shorten the generic end of a name
// and keep the part that says whose it is. The acronym rule joins an
// acronym written alone; this one joins a name that keeps its first words.
// A name two longer names fit (a "PD" that is a Police Department and a
// Public Defender of one city) joins neither.
//
// Blocking: longer names are indexed under their first word, and only
// names that start with the short name's other words are compared.
type acronymTail struct{}

func (acronymTail) name() string { return "acronym-tail" }

func (r acronymTail) apply(s *state) {
	byFirst := map[string][]*group{}
	for _, g := range s.sortedGroups() {
		if ws := strings.Fields(g.key); g.typ == graph.Organization && len(ws) >= 3 {
			byFirst[ws[0]] = append(byFirst[ws[0]], g)
		}
	}
	for _, a := range s.sortedGroups() {
		ws, keys := strings.Fields(a.name), strings.Fields(a.key)
		if a.typ != graph.Organization || len(ws) < 2 || len(ws) != len(keys) || !isAcronym(ws[len(ws)-1]) {
			continue
		}
		head, letters := keys[:len(keys)-1], keys[len(keys)-1]
		var fit []*group
		for _, b := range byFirst[head[0]] {
			if b.root() != a.root() && !containsGroup(fit, b.root()) && tailSpells(head, letters, strings.Fields(b.key)) {
				fit = append(fit, b.root())
			}
		}
		if len(fit) == 1 {
			a.short = true
			s.union(fit[0], a, r.name(), fmt.Sprintf("acronym: %q ends with the initials of the words that end %q, the only organization name that it does", a.name, fit[0].name))
		}
	}
}

// tailSpells reports whether long is head followed by two words or more
// whose initials, little words left out or not, spell letters.
func tailSpells(head []string, letters string, long []string) bool {
	if len(long) < len(head)+2 || strings.Join(long[:len(head)], " ") != strings.Join(head, " ") {
		return false
	}
	rest := long[len(head):]
	var all strings.Builder
	for _, w := range rest {
		all.WriteRune([]rune(w)[0])
	}
	return all.String() == letters || bigInitials(rest) == letters
}
