package resolve

import (
	"slices"
	"strings"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/internal/parallel"
)

// foldedKey is the rule "folded-key": mentions of one type whose names fold
// to the same key (accents, case, punctuation, a leading article) are one
// entity. It sets aside for the short-name rule the mentions that cannot
// name an entity by themselves: untyped names, lone words no claim needs,
// lexicon guesses a claim needs typed otherwise ("Ballard's grandmother":
// the character, not the series), and lone words the lexicon made people
// or characters (a surname the corpus once typed alone is still a short
// form of the full names that have it), or that a pattern or the structure
// typed but that end a longer name of their type in their document. A lone word typed a place ("hides
// in Nebraska") is a place of its own, unless its document names a longer
// name with that word ("grateful to Patricia" after Patricia Langford).
type foldedKey struct{}

func (foldedKey) name() string { return "folded-key" }

func (foldedKey) apply(s *state) {
	// Each document's mentions are sorted out on any core (see
	// foldedKeys); the groups are then made in document and mention order.
	keys, aside := make([][]string, len(s.xs)), make([][]bool, len(s.xs))
	parallel.Each(len(s.xs), func(d int) { keys[d], aside[d] = foldedKeys(s, d) })
	for d, x := range s.xs {
		for i, m := range x.Mentions {
			r := mref{d, i}
			if aside[d][i] {
				s.shorts = append(s.shorts, r)
				continue
			}
			g := s.get(s.typ(r), keys[d][i])
			g.refs = append(g.refs, r)
			if g.name == "" {
				g.name = m.Name
			}
			if m.Signal != extract.SigShape || m.Confidence >= 0.4 {
				g.strong = true
			}
		}
	}
}

// foldedKeys returns, for each mention of document d, the key of its
// name within its type, or that it is set aside for the short-name rule.
// It only reads the state.
func foldedKeys(s *state, d int) ([]string, []bool) {
	x := s.xs[d]
	keys, aside := make([]string, len(x.Mentions)), make([]bool, len(x.Mentions))
	for i, m := range x.Mentions {
		r := mref{d, i}
		t, need := s.typ(r), s.need[r]
		if t == "" || m.Signal == extract.SigShort && need == "" && (t != graph.Place || wordOfLongerName(x, m)) || m.Signal == extract.SigLexicon && need != "" && need != t || loneLexiconName(m, t, need) || surnameOfLonger(x, s.types[d], m, t, need) {
			aside[i] = true
			continue
		}
		keys[i] = normKey(t, m.Name)
	}
	return keys, aside
}

// surnameOfLonger reports whether m is one word, typed a person's or a
// character's by a pattern or the structure ("also played by Whitlock"),
// that no claim needs typed otherwise and that ends a longer name its
// document mentions with that type so far (types, by mention): Sarah Jane
// Whitlock, not The Whitlock. The short-name rule places it, and it stays
// a name of its own only when no full name fits.
func surnameOfLonger(x *extract.Extraction, types []label, m extract.Mention, t, need string) bool {
	w := strings.TrimSpace(m.Name)
	if need != "" || !personLike(t) || strings.Contains(w, " ") || m.Signal != extract.SigStructure && m.Signal != extract.SigPattern {
		return false
	}
	tl := labelOf(t)
	for j, o := range x.Mentions {
		if ws := strings.Fields(o.Name); types[j] == tl && len(ws) > 1 && ws[len(ws)-1] == w && !leadingArticle[strings.ToLower(ws[0])] {
			return true
		}
	}
	return false
}

// leadingArticle are the words that make "The Edge" another name than
// "Edge", not a longer form of it.
var leadingArticle = map[string]bool{"the": true, "a": true, "an": true}

// loneLexiconName reports whether m is one word that only the lexicon
// typed as a person or character, and that no claim needs typed otherwise.
func loneLexiconName(m extract.Mention, t, need string) bool {
	return m.Signal == extract.SigLexicon && need == "" && personLike(t) && !strings.Contains(strings.TrimSpace(m.Name), " ")
}

// wordOfLongerName reports whether the one-word name of m is a word of a
// longer name that m's document mentions.
func wordOfLongerName(x *extract.Extraction, m extract.Mention) bool {
	w := strings.TrimSpace(m.Name)
	for _, o := range x.Mentions {
		if o.Name != m.Name && slices.Contains(strings.Fields(o.Name), w) {
			return true
		}
	}
	return false
}
