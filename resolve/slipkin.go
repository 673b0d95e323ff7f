package resolve

import (
	"fmt"
	"slices"
	"strings"
)

// slipSameKin is the rule "slip-same-kin": two names of people or
// characters one slip apart in one word (a letter dropped, doubled or
// changed, two swapped: "Marian" and "Marion") are one entity when
// documents relate each to the same entity in the same way (the same
// kinship word, or both as its partner) and no document writes both. A
// near spelling alone is no evidence (two characters may well be Jon and
// Joan), but two pages that each give the lead a younger sister spelt
// one letter apart name one sister, as two names one actor plays are one
// character (see nearSpelling).
type slipSameKin struct{}

func (slipSameKin) name() string { return "slip-same-kin" }

// kinTie is one way an entity is related to another: the other entity,
// the predicate and its detail (the kinship word).
type kinTie struct {
	other        *group
	pred, detail string
}

func (r slipSameKin) apply(s *state) {
	ev := s.evidence()
	ties := map[kinTie][]*group{}
	var order []kinTie
	add := func(t kinTie, g *group) {
		if t.other == nil || g == nil || g == t.other || !personLike(g.typ) || slices.Contains(ties[t], g) {
			return
		}
		if ties[t] == nil {
			order = append(order, t)
		}
		ties[t] = append(ties[t], g)
	}
	for d, x := range s.xs {
		for _, c := range x.Claims {
			if c.Subject < 0 || c.Object < 0 || c.Predicate != predRelative && c.Predicate != predRomantic {
				continue
			}
			a, b := ev.rootOf(mref{d, c.Subject}), ev.rootOf(mref{d, c.Object})
			if a == nil || b == nil {
				continue
			}
			add(kinTie{b, c.Predicate, strings.ToLower(c.Detail)}, a)
			if c.Predicate == predRomantic {
				add(kinTie{a, c.Predicate, ""}, b)
			}
		}
	}
	for _, t := range order {
		gs := ties[t]
		for i, a := range gs {
			for _, b := range gs[i+1:] {
				if a.root() == b.root() || a.typ != b.typ {
					continue
				}
				how := slipInOneWord(a.key, b.key)
				if how == "" || ev.together(a.root(), b.root()) || ev.apart(a, b) != "" {
					continue
				}
				s.union(a, b, r.name(), fmt.Sprintf("spelling: %q and %q are %s apart, and documents relate both to %q as %s", a.name, b.name, how, t.other.name, tieWord(t)))
				ev = s.evidence()
			}
		}
	}
}

// slipInOneWord says how two folded names of as many words differ by one
// slip in one word (see oneSlip), the other words the same; "" otherwise.
func slipInOneWord(a, b string) string {
	wa, wb, at := oneWordApart(a, b)
	if at < 0 {
		return ""
	}
	return oneSlip(wa[at], wb[at])
}

// tieWord names a tie for an explanation: its kinship word, or "partner".
func tieWord(t kinTie) string {
	if t.detail != "" {
		return t.detail
	}
	return "partner"
}
