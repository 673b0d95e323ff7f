package resolve

import (
	"fmt"
	"strings"

	"github.com/kgbuild/kg/extract"
)

// leadingWord is the rule "leading-word": a name of three words or more
// that is another person's or character's full name with one word before
// it ("Poor Ann Roe", "BBC Ann Roe" in a photo credit run into a caption)
// is that name, when the word before it is no given name: not in the list
// of familiar forms, and the first word of no other name of the corpus.
// Real pages glue such words to names (an adjective at the start of a
// sentence, an agency's name before the caption it credits), and the
// glued name would otherwise stay an entity of its own. Only names that
// nothing but their shape or the lexicon typed are taken so: a cast line
// or a pattern that gives the longer name means it (a three-word name is
// a name). It runs after the rules that read nicknames and middle names,
// so that "Tobin “Toby” Roe" is read as a name with its nickname, not as
// a word glued to "Toby Roe". Blocking: each name looks up the one name
// its words after the first make, so the cost follows the number of names.
type leadingWord struct{}

func (leadingWord) name() string { return "leading-word" }

func (r leadingWord) apply(s *state) {
	firsts := map[string]int{} // folded first words of names of two words or more
	for _, g := range s.sortedGroups() {
		if ws := strings.Fields(g.key); personLike(g.typ) && len(ws) > 1 {
			firsts[ws[0]]++
		}
	}
	ev := s.evidence()
	for _, g := range s.sortedGroups() {
		ws := strings.Fields(g.key)
		if !personLike(g.typ) || len(ws) < 3 || firsts[ws[0]] > 1 || len(givenNameForms[ws[0]]) > 0 || !s.weaklyTyped(g) {
			continue
		}
		o := s.groups[g.typ+"|"+strings.Join(ws[1:], " ")]
		if o == nil || o.root() == g.root() || ev.apart(g, o) != "" {
			continue
		}
		if s.prefixed == nil {
			s.prefixed = map[string]bool{}
		}
		s.prefixed[g.typ+"|"+g.key] = true
		s.union(o, g, r.name(), fmt.Sprintf("leading word: %q is %q with %q before it, a word no name of the corpus starts with", g.name, o.name, strings.Fields(g.name)[0]))
	}
}

// weaklyTyped reports whether every mention of g was typed by its shape
// or the lexicon alone.
func (s *state) weaklyTyped(g *group) bool {
	for _, r := range g.refs {
		if sig := s.mention(r).Signal; sig != extract.SigShape && sig != extract.SigLexicon {
			return false
		}
	}
	return len(g.refs) > 0
}
