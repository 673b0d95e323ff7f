package extract

import (
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"strconv"

	"github.com/kgbuild/kg/graph"
)

// ownerOnly reports whether a match's object is one name whose possessive
// follows the match: in "A plays B's father" the role is B's relative, not
// B ("as Ivy of the Harbor Police's unit" still names Ivy).
func (m *patMatch) ownerOnly() bool {
	return len(m.marks(m.group("o"))) == 1 && possessiveNext.MatchString(m.src[m.loc[1]:])
}

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

// runsAway matches a match that opens with running away rather than
// running something: "running from a dark past who funds the Harbor
// Rebels" makes no member.
var runsAway = regexp.MustCompile(`^(?i:run|runs|running|ran) (?:from|away|into|out|off|through|after|for|to|across|around|over)\b`)

// describesNext reports whether the first name after a match's
// description, in its clause, is a person's or a character's: in "A (B), a
// Kay agent fleeing his past C (D)" the description fronts C, a list's
// next item.
func (s *docState) describesNext(m *patMatch) bool {
	next := nextMark.FindStringSubmatch(m.src[m.loc[1]:])
	if next == nil {
		return false
	}
	k, _ := strconv.Atoi(next[1])
	if k >= len(m.ms.kept) {
		return false
	}
	t := s.x.Mentions[m.ms.kept[k]].Type
	return t == graph.Character || t == graph.Person
}

// nextMark matches the text up to the first name of a clause.
var nextMark = regexp.MustCompile(`^[^.;«]*«(\d+)»`)

// firstOf returns the first of ms, or noMention when there is none.
func firstOf(ms []int) int {
	if len(ms) == 0 {
		return noMention
	}
	return ms[0]
}

// passedOver reports whether a match states nothing: "A and B play X and
// Y, respectively" (only the pairs hold), filming that takes place where a
// series is not set, a list after a possessive that is no network's, and
// the other cases each guard names.
func (s *docState) passedOver(m *patMatch) bool {
	p := m.p
	return p.pred == "PLAYS" && !p.pairwise && (respectively.MatchString(m.src[m.loc[1]:]) || m.ownerOnly()) || s.denied(m) ||
		p.pred == "SET_IN" && filmingBefore.MatchString(m.ms.masked[:m.start()]) ||
		p.pred == "MEMBER_OF" && runsAway.MatchString(m.src[m.loc[0]:m.loc[1]]) || p.apposition && s.describesNext(m) ||
		p.pred == "PLAYS" && p.subj == fromGroup && formerActor.MatchString(m.ms.masked[:m.start()]) ||
		s.heldBack(m) || p.network && !s.networkFits(m, firstOf(m.marks(m.group("o"))))
}

// groupObjects returns the mentions of a match's object group a pattern
// may take: no notes in parentheses, only the first clause of a window,
// only the owned names of a list of owners' credits.
func (s *docState) groupObjects(m *patMatch) []int {
	os := s.withoutNotes(m, "o")
	if m.p.clause {
		os = m.inFirstClause(os)
	}
	if ownedObjects[m.p.pred] {
		os = m.ownedOnly(os)
	}
	return os
}
