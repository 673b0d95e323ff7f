package resolve

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

// unanimous is the decision recorded when every typed mention of an
// entity was given its type by extract: no rule had to choose.
const unanimous = "unanimous"

// typing records how g's entity got its type: for each type and typing
// rule, how many of its mentions extract typed so; and the rule that
// decided, which is the one that overrode the most mentions typed
// otherwise (the first by name on a tie), or unanimous.
func (s *state) typing(g *group) []graph.TypeVote {
	type key struct{ typ, rule string }
	votes := map[key]int{}
	overrode := map[string]int{}
	for _, r := range g.refs {
		m := s.mention(r)
		if m.Type == "" {
			continue
		}
		rule := m.Rule
		if rule == "" {
			rule = m.Signal
		}
		votes[key{m.Type, rule}]++
		if m.Type != g.typ {
			by := s.typedBy[r.doc][r.i].String()
			if by == "" || s.typ(r) != g.typ {
				by = "unrecorded" // a bug: every retype names its rule
			}
			overrode[by]++
		}
	}
	decided := graph.TypeVote{Type: g.typ, Rule: unanimous, Decided: true}
	for rule, n := range overrode {
		if n > decided.Mentions || n == decided.Mentions && rule < decided.Rule {
			decided.Rule, decided.Mentions = rule, n
		}
	}
	out := []graph.TypeVote{decided}
	for k, n := range votes {
		out = append(out, graph.TypeVote{Type: k.typ, Rule: k.rule, Mentions: n})
	}
	rank := func(t string) int {
		if t == g.typ {
			return -1
		}
		return slices.Index(extract.TypeOrder, t)
	}
	sort.SliceStable(out[1:], func(i, j int) bool {
		a, b := out[1+i], out[1+j]
		if a.Type != b.Type {
			return rank(a.Type) < rank(b.Type)
		}
		if a.Mentions != b.Mentions {
			return a.Mentions > b.Mentions
		}
		return a.Rule < b.Rule
	})
	return out
}

// TypingLines renders an entity's Typing for a reader, one line per type
// its mentions were given, the entity's own first and marked with the
// rule that decided: "type Character: cast-line-character x3, title-word
// x1 (decided by type-votes)", or "(unanimous)" where no rule had to.
func TypingLines(e graph.Entity) []string {
	var order []string
	votes := map[string][]string{}
	decided := map[string]string{}
	for _, v := range e.Typing {
		if !slices.Contains(order, v.Type) {
			order = append(order, v.Type)
		}
		if v.Decided {
			decided[v.Type] = v.Rule
			continue
		}
		votes[v.Type] = append(votes[v.Type], fmt.Sprintf("%s x%d", v.Rule, v.Mentions))
	}
	var out []string
	for _, t := range order {
		line := "type " + t
		if len(votes[t]) > 0 {
			line += ": " + strings.Join(votes[t], ", ")
		}
		switch d := decided[t]; d {
		case "":
		case unanimous:
			line += " (unanimous)"
		default:
			line += " (decided by " + d + ")"
		}
		out = append(out, line)
	}
	return out
}
