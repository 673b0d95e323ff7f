package extract

import (
	"strings"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/names"
)

// TypeOrder is the order in which types win a tie of the lexicon's votes:
// a name the corpus gives as often to a person as to a series is a person.
var TypeOrder = []string{graph.Person, graph.Character, graph.Series, graph.Book, graph.Organization, graph.Place}

// Lexicon maps folded names to the types the corpus gave them, so that a
// name typed with confidence in one document keeps its type in all.
type Lexicon map[string]*lexEntry

// lexEntry is what the corpus knows about one folded name.
type lexEntry struct {
	types map[string]int // votes from typed mentions
	short map[string]int // the name is a first or last word of names of these types
	// guessed counts the names only guessed to be people's of which the
	// name is the last word: it makes the name a short form to look for,
	// but gives it no type.
	guessed int
}

// best is the type with the most votes (the first in TypeOrder on a tie),
// or "" when the name has none.
func (e *lexEntry) best() string {
	best, n := "", 0
	for _, t := range TypeOrder {
		if e.types[t] > n {
			best, n = t, e.types[t]
		}
	}
	return best
}

// entry returns the entry of folded name k, making it if needed.
func (l Lexicon) entry(k string) *lexEntry {
	e := l[k]
	if e == nil {
		e = &lexEntry{types: map[string]int{}, short: map[string]int{}}
		l[k] = e
	}
	return e
}

// add votes for type typ of name; the first and last words of a person's
// or a character's name become short forms of that type.
func (l Lexicon) add(name, typ string) {
	k := names.Fold(name)
	if k == "" {
		return
	}
	l.entry(k).types[typ]++
	if typ != graph.Person && typ != graph.Character {
		return
	}
	if ws := strings.Fields(name); len(ws) > 1 {
		if len(ws) > 2 && generational.MatchString(ws[len(ws)-1]) {
			ws = ws[:len(ws)-1] // "Frank Dorsey, Jr.": Morgan, not Jr., is the surname
		}
		for _, w := range []string{names.Fold(ws[0]), names.Fold(ws[len(ws)-1])} {
			l.entry(w).short[typ]++
		}
	}
}

// learnStructure adds the names the structure of a document typed, and
// the other names they are also known as.
func (l Lexicon) learnStructure(ms []Mention) {
	for _, m := range ms {
		if m.Type != "" {
			l.add(m.Name, m.Type)
		}
		if m.Alias != "" {
			l.add(m.Alias, m.Type)
		}
	}
}

// learnProse adds the names a reading of prose typed with confidence: by
// shape or pattern with a confidence of at least 0.5, and the names a
// pattern found another name for; and the surnames of the two-word names
// it guessed were people's.
func (l Lexicon) learnProse(ms []Mention) {
	for _, m := range ms {
		if (m.Signal == SigShape || m.Signal == SigPattern) && m.Confidence >= 0.5 && m.Type != "" {
			l.add(m.Name, m.Type)
		}
		if m.Alias != "" && m.Type != "" {
			l.add(m.Name, m.Type)
		}
		if ws := strings.Fields(m.Name); m.Signal == SigShape && m.Confidence < 0.5 && m.Type == graph.Person && len(ws) == 2 {
			// A full name only guessed a person's ("Tom Fell" in running
			// text) is not learnt, but its surname is looked for: news
			// names people in full once, then by surname ("Fell is
			// superb"); a lone first name is a character's as often.
			l.entry(names.Fold(ws[1])).guessed++
		}
	}
}

// lexShort reports whether the corpus knows name as a first name or
// surname of a name of type typ.
func (s *docState) lexShort(name, typ string) bool {
	if s.lex == nil {
		return false
	}
	e := s.lex[names.Fold(name)]
	return e != nil && e.short[typ] > 0
}

// learnFamilies adds as a character's each full name a reading only
// guessed a person's whose surname the corpus knows as characters' only
// ("Jimmy Pearlman" where "Chuck Pearlman" is a character): relatives
// share a surname, and so the first name becomes a short form to look
// for ("Jimmy" alone in a recap). It runs once every reading is learnt,
// so that no document's order matters.
func (l Lexicon) learnFamilies(ms [][]Mention) {
	var family []string
	for _, doc := range ms {
		for _, m := range doc {
			ws := strings.Fields(m.Name)
			if m.Signal != SigShape || m.Confidence >= 0.5 || m.Type != graph.Person || len(ws) != 2 {
				continue
			}
			if e := l[names.Fold(ws[1])]; e != nil && e.short[graph.Character] > 0 && e.short[graph.Person] == 0 && l[names.Fold(m.Name)] == nil {
				family = append(family, m.Name)
			}
		}
	}
	for _, name := range family {
		l.add(name, graph.Character)
	}
}
