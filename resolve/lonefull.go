package resolve

import (
	"fmt"
	"slices"
	"strings"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

// loneWordFull is the rule "lone-word-full-name": a character named by one
// word that a cast line, a pattern or a claim typed at once ("Helen Roe as
// Aunt Maud" on a cast page) is the character of the corpus whose full
// name has that word first or last ("Maud Gray" on a character page), when
// no other person or character of the corpus has it so, a paragraph
// somewhere writes both ("Maud Gray ... Maud") or the word is only the
// prose reading's guess at a lone given name (see onlyGuessedGiven), both are named with one
// series (or, where either names none, their pages name someone in full in
// common), and nothing keeps them apart (other actors, a claim relating
// them). Such a word was never set aside for the short-name rule, since a
// claim needs its type, and so becomes an entity of its own; yet cast
// lists and recaps call a character by its given name as often as
// character pages write the full one, and a page that writes the full
// name and then the word alone says which one it is. A word two full names
// share stays alone, as a short name does; a word no paragraph writes
// beside the full name (a "Spouse" field naming a partner by a given
// name) may be anyone.
type loneWordFull struct{}

func (loneWordFull) name() string { return "lone-word-full-name" }

func (r loneWordFull) apply(s *state) {
	ev := s.currentEvidence()
	tp := newTopics(ev)
	byWord := map[string][]*group{} // folded first or last word -> roots of full names
	full := map[*group]bool{}       // roots with a name of more words than one
	for _, g := range s.sortedGroups() {
		rt := g.root()
		ws := strings.Fields(g.key)
		if !personLike(rt.typ) || len(rt.refs) == 0 || len(ws) < 2 {
			continue
		}
		full[rt] = true
		for _, w := range uniqueWords(ws[0], ws[len(ws)-1]) {
			if !slices.Contains(byWord[w], rt) {
				byWord[w] = append(byWord[w], rt)
			}
		}
	}
	var lone []*group
	for _, g := range s.sortedGroups() {
		if g.root() == g && g.typ == graph.Character && g.strong && len(g.refs) > 0 && !full[g] && !strings.Contains(g.key, " ") {
			lone = append(lone, g)
		}
	}
	for _, a := range lone {
		if a.root() != a {
			continue
		}
		cs, related := unrelatedFull(ev, a, byWord[a.key])
		if len(cs) != 1 {
			continue
		}
		b := cs[0].root()
		if b.typ != graph.Character || b == a || !s.oneParagraph(a, b) && !s.onlyGuessedGiven(a) || otherTopics(tp, a, b) {
			continue
		}
		text := fmt.Sprintf("%q is a word of %q, the only full name of the corpus that has it, named with the same series", a.name, b.name)
		if related != nil {
			text = fmt.Sprintf("%q is a word of %q, the only full name of the corpus that has it but %q, which a document relates it to, named with the same series", a.name, b.name, related.name)
		}
		s.union(b, a, r.name(), text)
	}
}

// unrelatedFull returns the full names of cs that nothing keeps apart
// from a, and the first that a claim relates to a, if any: a full name
// that a document says is a's wife or brother ("Hobb's wife Ann Lee
// Hobb") is someone else, and leaves the word to the other full name
// that has it. A full name kept from a by other actors is no candidate
// either, but does not free the word: a name two actors play is no
// evidence of whom the word means.
func unrelatedFull(ev *nameEvidence, a *group, cs []*group) ([]*group, *group) {
	var out []*group
	var related *group
	for _, c := range cs {
		switch why := ev.apart(a, c); {
		case why == "":
			out = append(out, c)
		case why == apartByClaim && related == nil:
			related = c
		case why != apartByClaim:
			return nil, nil
		}
	}
	return out, related
}

// onlyGuessedGiven reports whether every mention of a was kept a character
// by the prose reading's guess that a lone given name is one (rule
// lone-given-name), which takes the word for a full name's short form only
// where the corpus's lexicon knows that name: a full name that only a
// headline writes ("Harbor recap: Ivy Cole returns") is not known so, and
// the word then stands for it as a short form does, without a paragraph
// writing both.
func (s *state) onlyGuessedGiven(a *group) bool {
	for _, r := range a.root().refs {
		if s.mention(r).Rule != extract.RuleLoneGivenName {
			return false
		}
	}
	return true
}

// oneParagraph reports whether a paragraph (a block) of some document
// names both a and b.
func (s *state) oneParagraph(a, b *group) bool {
	blocks := map[[2]int]bool{}
	for _, r := range a.root().refs {
		blocks[[2]int{r.doc, s.mention(r).Block}] = true
	}
	for _, r := range b.root().refs {
		if blocks[[2]int{r.doc, s.mention(r).Block}] {
			return true
		}
	}
	return false
}

// otherTopics reports whether a and b are both named with series and
// never with the same one, or, where one of them has no series to tell
// by, whether their pages are strangers (see topics.strangers).
func otherTopics(tp *topics, a, b *group) bool {
	if sa, sb := tp.of(a), tp.of(b); len(sa) > 0 && len(sb) > 0 {
		return !sharesSeries(sa, sb)
	}
	return tp.strangers(tp.docsOf(a), tp.docsOf(b))
}

// uniqueWords returns the first and last words, once each.
func uniqueWords(first, last string) []string {
	if first == last {
		return []string{first}
	}
	return []string{first, last}
}
