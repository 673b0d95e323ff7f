package resolve

import (
	"fmt"
	"strings"

	"github.com/kgbuild/kg/graph"
)

// countryName is the rule "country-name": places whose names are forms of
// one country in the list words/country-names.txt ("U.S.", "USA" and
// "United States"; "UK" and "Britain") are one place. The list is the
// blocking: a place is looked up by its key.
type countryName struct{}

func (countryName) name() string { return "country-name" }

// countryLines maps each folded form of a country's name to its line in
// words/country-names.txt.
var countryLines = commaLines("country-names")

func (c countryName) apply(s *state) {
	first := map[int]*group{} // a line -> the first place found with a name on it
	for _, g := range s.sortedGroups() {
		line, ok := countryLines[g.key]
		if g.typ != graph.Place || !ok {
			continue
		}
		f := first[line]
		if f == nil {
			first[line] = g
			continue
		}
		if f.root() != g.root() {
			s.union(f, g, c.name(), fmt.Sprintf("country: %q and %q name one country", f.name, g.name))
		}
	}
}

// commaLines reads words/<name>.txt as lines of comma-separated folded
// forms of one another, and maps each form to the number of its line.
func commaLines(name string) map[string]int {
	out := map[string]int{}
	for i, line := range lines(name) {
		for _, f := range strings.Split(line, ",") {
			if f = strings.TrimSpace(f); f != "" {
				out[f] = i
			}
		}
	}
	return out
}
