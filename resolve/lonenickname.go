package resolve

import (
	"fmt"
	"slices"
	"strings"

	"github.com/kgbuild/kg/names"
)

// loneNickname is the rule "lone-nickname": an entity named only by a
// word (or two) that one person's or character's name of the corpus quotes
// as its nickname ('Thomas "Tommy" Brandt' on a character page, "Tommy"
// alone in a recap) is that person or character. The quotation marks say
// in so many words that the name is called so; recaps and reviews call
// such people by the nickname alone, often on pages that never write the
// full name, so no paragraph need write both. It joins only when exactly
// one name of the corpus quotes the nickname, no other full name of a
// person or a character has it as its first or last word, both are of one
// type (but see below), both are named with one series (or, where
// either names none, their pages name someone in full in common), and
// nothing keeps them apart (other actors, a claim relating them). Two types differ only where the
// full name's is its shape's guess alone ('Thomas "Tommy" Brandt' once,
// in a run of capitalised words the extractor calls a person's): the
// entity then takes the nickname's type. The short-name rule places such
// a word when the folded-key rule set it aside; this rule places the ones
// a pattern or the page typed at once, which became entities of their own.
type loneNickname struct{}

func (loneNickname) name() string { return "lone-nickname" }

func (r loneNickname) apply(s *state) {
	byNick, byWord := s.nicknameIndex()
	if len(byNick) == 0 {
		return
	}
	var ev *nameEvidence
	var tp *topics
	for _, a := range s.sortedGroups() {
		key := names.Fold(a.name)
		if a.root() != a || !personLike(a.typ) || len(a.refs) == 0 || !s.onlyName(a, key) {
			continue
		}
		cs := byNick[key]
		if len(cs) != 1 || cs[0] == a || cs[0].typ != a.typ && !s.allShape(cs[0]) {
			continue
		}
		b := cs[0]
		if others := byWord[key]; len(others) > 1 || len(others) == 1 && others[0] != b {
			continue // another full name has the word: "Tommy Vance" may be meant
		}
		if ev == nil {
			ev = s.evidence()
		}
		if tp == nil {
			tp = newTopics(ev) // read once, as the other short-name rules do: unions of people move no series
		}
		if ev.apart(a, b) != "" || otherTopics(tp, a, b) {
			continue
		}
		if b.typ != a.typ {
			// The full name's type is only its shape's guess ("Person"
			// for a run of capitalised words): the nickname's stands.
			s.union(a, b, r.name(), fmt.Sprintf("%q is the nickname %q quotes, the only name of the corpus that does; its type is the nickname's, the full name's being only its shape's", a.name, b.name))
			ev = nil
			continue
		}
		s.union(b, a, r.name(), fmt.Sprintf("%q is the nickname %q quotes, the only name of the corpus that does", a.name, b.name))
		ev = nil // the evidence follows the union
	}
}

// nicknameIndex indexes the roots of people and characters by the
// nicknames their names quote (folded) and by the folded first and last
// words of their full names.
func (s *state) nicknameIndex() (byNick, byWord map[string][]*group) {
	byNick = map[string][]*group{}
	byWord = map[string][]*group{}
	for _, g := range s.sortedGroups() {
		rt := g.root()
		if !personLike(rt.typ) || len(rt.refs) == 0 {
			continue
		}
		for _, k := range foldedNicknames(g.name) {
			if !slices.Contains(byNick[k], rt) {
				byNick[k] = append(byNick[k], rt)
			}
		}
		if ws := strings.Fields(names.Fold(nicknameless(g.name))); len(ws) > 1 {
			for _, w := range uniqueWords(ws[0], ws[len(ws)-1]) {
				if !slices.Contains(byWord[w], rt) {
					byWord[w] = append(byWord[w], rt)
				}
			}
		}
	}
	return byNick, byWord
}

// onlyName reports whether every mention of root g is written key when
// folded: the entity has no other, longer name.
func (s *state) onlyName(g *group, key string) bool {
	for _, r := range g.refs {
		if names.Fold(s.mention(r).Name) != key {
			return false
		}
	}
	return true
}

// nicknameless returns name without its quoted nickname ('Thomas "Tommy"
// Brandt' gives "Thomas Brandt"), or name when it quotes none.
func nicknameless(name string) string {
	if fs := nicknameForms(name); len(fs) > 0 {
		return fs[0]
	}
	return name
}
