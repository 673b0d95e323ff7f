package resolve

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/names"
)

// characterCompany is the rule "character-company": a full name that
// only its shape, or a lexicon that learned it from such guesses, made a
// person's (or a guess an organization's though it opens with a given
// name: "remarks on Ray Hobb"), no cue anywhere in the corpus typing it,
// is a character's where every sentence that writes it also names a
// character the corpus knows by a cue (a cast line, a relation) and no
// person known so. A recap or a plot summary tells of characters among
// characters ("Ann Vale teamed up with Ray Hobb", "Maud questions the
// thief, Tom Rook"); the real people of such pages come with what they
// did (a cast credit, a role note, a quoted remark), so a sentence that
// names a known person, tells of a performance or quotes someone at
// length is no evidence.
type characterCompany struct{}

func (characterCompany) name() string { return "character-company" }

func (c characterCompany) apply(s *state) {
	chars, people := map[string]bool{}, map[string]bool{}
	candidates := map[string][]mref{}
	for d, x := range s.xs {
		for i := range x.Mentions {
			m := &x.Mentions[i]
			t, k := s.types[d][i].String(), names.Fold(m.Name)
			strong := m.Signal == extract.SigStructure || m.Signal == extract.SigPattern
			switch {
			case strong && t == graph.Character:
				addNameWords(chars, k)
			case strong && t == graph.Person:
				addNameWords(people, k)
			}
			if companyCandidate(m, t) && strings.Contains(k, " ") {
				candidates[k] = append(candidates[k], mref{d, i})
			} else if t != "" {
				candidates[k] = append(candidates[k], mref{-1, 0}) // another type or a cue: never a candidate
			}
		}
	}
	// A name made a character's is company for the others in turn
	// ("Ray Hobb robbed Ann Lee": once Ray Hobb is known, Ann Lee): rounds
	// run until none adds a name, each reading only what the rounds
	// before it found, so the outcome is the same in any order.
	for {
		var found []string
		for k, refs := range candidates {
			if !people[k] && !chars[k] && allInCharacterCompany(s, refs, chars, people) {
				found = append(found, k)
			}
		}
		if len(found) == 0 {
			return
		}
		for _, k := range found {
			for _, r := range candidates[k] {
				s.retype(r, graph.Character, c.name())
			}
			addNameWords(chars, k)
			delete(candidates, k)
		}
	}
}

// companyCandidate reports whether m, typed t so far, is a candidate: a
// person's by a guess or the lexicon, or an organization's by a guess
// (people are not "on" something) though it opens with a given name.
func companyCandidate(m *extract.Mention, t string) bool {
	switch t {
	case graph.Person:
		return guessed(m) || m.Signal == extract.SigLexicon
	case graph.Organization:
		first, _, _ := strings.Cut(m.Name, " ")
		return guessed(m) && names.GivenName(first)
	}
	return false
}

// addNameWords notes a folded name and, for a name of several words, each
// of its words (a recap calls a character by one).
func addNameWords(set map[string]bool, k string) {
	set[k] = true
	if strings.Contains(k, " ") {
		for _, w := range strings.Fields(k) {
			set["\x00"+w] = true
		}
	}
}

// knownIn reports whether a folded name is in set: as a name, or as one
// word of a longer name there.
func knownIn(set map[string]bool, k string) bool {
	return set[k] || !strings.Contains(k, " ") && set["\x00"+k]
}

// allInCharacterCompany reports whether every mention of refs stands in a
// sentence with a known character and without a known person or a long
// quotation.
func allInCharacterCompany(s *state, refs []mref, chars, people map[string]bool) bool {
	for _, r := range refs {
		if r.doc < 0 {
			return false
		}
		x := s.xs[r.doc]
		m := &x.Mentions[r.i]
		if m.End <= m.Start {
			return false // no span to read a sentence around
		}
		from, to, ok := sentenceAround(x.Doc.Text, m.Start, m.End)
		if !ok || longQuote(x.Doc.Text[from:to]) || actingWords.MatchString(x.Doc.Text[from:to]) {
			return false
		}
		withChar := false
		for j := range x.Mentions {
			o := &x.Mentions[j]
			if j == r.i || o.Start < from || o.End > to || o.Start < m.End && o.End > m.Start {
				continue
			}
			k := names.Fold(o.Name)
			isChar, isPerson := knownIn(chars, k), knownIn(people, k)
			if isPerson && !isChar {
				return false
			}
			if isChar && !isPerson {
				withChar = true
			}
		}
		if !withChar {
			return false
		}
	}
	return true
}

// actingWords tell of a performance, name a maker of the show or the real
// model of a character: a sentence with one credits actors ("starred Ann
// Roe and Ray Hobb as ..."), a writer ("writer Ray Hobb isn't afraid to
// take Maud to dark places") or a real person ("Maud is based on senator
// Ray Hobb"), whatever names it holds.
var actingWords = regexp.MustCompile(`(?i)\b(?:star(?:s|red|ring)?|co-star(?:s|red|ring)?|play(?:s|ed|ing)?|portray(?:s|ed|ing|al)?|cast|actor|actress|performance|voiced|(?:co-)?(?:writer|creator|showrunner|screenwriter|director|producer)s?|based\s+(?:up)?on|inspired\s+by|modell?ed\s+(?:up)?on)\b`)

// sentenceAround finds the sentence of text that holds [start, end): it
// runs from after the last full stop, question or exclamation mark
// followed by a space, or line break, before start, to the first such
// after end.
func sentenceAround(text string, start, end int) (from, to int, ok bool) {
	if start < 0 || end > len(text) || start > end {
		return 0, 0, false
	}
	from = 0
	for i := start - 1; i >= 0; i-- {
		if text[i] == '\n' || (text[i] == ' ' && i > 0 && strings.ContainsRune(".!?", rune(text[i-1]))) {
			from = i + 1
			break
		}
	}
	to = len(text)
	for i := end; i < len(text); i++ {
		if text[i] == '\n' || strings.ContainsRune(".!?", rune(text[i])) && (i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n') {
			to = i
			break
		}
	}
	return from, to, true
}

// longQuote reports whether a sentence quotes four words or more between
// double quotation marks, straight or curly: someone speaking, as the
// real people of a page (a creator, an executive) do in press quotes.
func longQuote(sentence string) bool {
	words, in := 0, false
	prev := ' '
	for _, r := range sentence {
		switch r {
		case '"', '“', '”':
			if in && words >= 4 {
				return true
			}
			in, words = !in, 0
			prev = ' '
			continue
		default:
			if in && !unicode.IsSpace(r) && unicode.IsSpace(prev) {
				words++
			}
		}
		prev = r
	}
	return in && words >= 4
}
