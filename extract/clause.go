package extract

import "regexp"

// possessiveNext matches a possessive right after a match: in "A plays
// B's father" the role is B's relative, not B.
var possessiveNext = regexp.MustCompile(`^['’]s\b`)

// inFirstClause returns the mentions of os that come before a new clause
// starts in the match's object window: a comma, a name (perhaps after an
// owner's possessive) and a lowercase word that neither goes on with a
// list nor credits a work ("based on a family, Kay's Nightfall offers A
// and B": A and B are no sources).
func (m *patMatch) inFirstClause(os []int) []int {
	g := m.group("o")
	for _, c := range clauseStart.FindAllStringSubmatchIndex(g, -1) {
		if listGoesOn[g[c[2]:c[3]]] {
			continue
		}
		before := map[int]bool{}
		for _, mi := range m.marks(g[:c[0]]) {
			before[mi] = true
		}
		var out []int
		for _, mi := range os {
			if before[mi] {
				out = append(out, mi)
			}
		}
		return out
	}
	return os
}

// clauseStart matches a comma, a name perhaps after its owner's
// possessive, and the lowercase word after it (group 1).
var clauseStart = regexp.MustCompile(`, (?:«\d+»['’]s )?«\d+» (\p{Ll}+)`)

// listGoesOn are the words after a name that go on with a list of works or
// credit one ("A, B and C", "A, B by C").
var listGoesOn = map[string]bool{"and": true, "or": true, "by": true, "of": true, "from": true, "in": true, "series": true,
	"novel": true, "novels": true, "book": true, "books": true, "trilogy": true, "stories": true, "written": true}
