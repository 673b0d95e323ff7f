package extract

import (
	"strings"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/names"
	"github.com/kgbuild/kg/nlp"
)

// Extractor is the extract stage. It works in two passes over a batch of
// documents: first the structured blocks of every document (fields, cast
// lines, captions, credits), which give names with their types; then the
// running text, where a name the structure of any document typed keeps that
// type (corpus-level evidence), new names are typed by their shape and
// context, and lexical patterns state relations between them.
type Extractor struct{}

// signal strengths: how much a mention's type can be trusted.
const (
	SigStructure = "structure"
	SigPattern   = "pattern"
	SigLexicon   = "lexicon"
	SigShape     = "shape"
	SigShort     = "short"
)

// lexEntry is what the corpus knows about one folded name.
type lexEntry struct {
	types map[string]int // votes from structured mentions
	short map[string]int // the name is a first or last word of names of these types
}

func (e *lexEntry) best() string {
	best, n := "", 0
	for _, t := range TypeOrder {
		if e.types[t] > n {
			best, n = t, e.types[t]
		}
	}
	return best
}

var TypeOrder = []string{graph.Person, graph.Character, graph.Series, graph.Book, graph.Organization, graph.Place}

// Lexicon maps folded names to the types the corpus's structure gave them.
type Lexicon map[string]*lexEntry

func (l Lexicon) add(name, typ string) {
	k := names.Fold(name)
	if k == "" {
		return
	}
	e := l[k]
	if e == nil {
		e = &lexEntry{types: map[string]int{}, short: map[string]int{}}
		l[k] = e
	}
	e.types[typ]++
	if typ == graph.Person || typ == graph.Character {
		ws := strings.Fields(name)
		if len(ws) > 1 {
			for _, w := range []string{names.Fold(ws[0]), names.Fold(ws[len(ws)-1])} {
				se := l[w]
				if se == nil {
					se = &lexEntry{types: map[string]int{}, short: map[string]int{}}
					l[w] = se
				}
				se.short[typ]++
			}
		}
	}
}

// docState is the work in progress on one document.
type docState struct {
	p        *nlp.Parsed
	x        *Extraction
	castChar map[int]int // block index -> mention index of the character the block describes
	subject  int
	lex      Lexicon
	pairs    []int // blocks holding a name pair in an order still to decide
	// lastSeries is the series the text named last (for "It is based on").
	lastSeries int
	// pageChar is the character a character page is about, or -1.
	pageChar int
	// block is the block being read, recorded on each mention.
	block int
	// lower holds the words the corpus writes in lower case somewhere.
	lower map[string]bool
	// sectionChar is the character whose section (a heading naming them
	// over "Portrayed by ...") the text is in, or -1.
	sectionChar int
	// tags are the tokens of the document by start offset, for their
	// named-entity labels.
	tags map[int]nlp.Token
}

// Run extracts mentions and claims from every parsed document.
func (Extractor) Run(docs []*nlp.Parsed) []*Extraction {
	lex := Lexicon{}
	lower := map[string]bool{}
	for _, p := range docs {
		for _, w := range wordRe.FindAllString(p.Doc.Text, -1) {
			if !names.Capitalised(w) {
				lower[w] = true
			}
		}
	}
	states := make([]*docState, len(docs))
	for i, p := range docs {
		s := &docState{lower: lower, p: p, x: &Extraction{Doc: p.Doc, Subject: -1}, castChar: map[int]int{}, subject: -1, lastSeries: -1, pageChar: -1}
		s.structured()
		for _, m := range s.x.Mentions {
			if m.Type != "" {
				lex.add(m.Name, m.Type)
			}
			if m.Alias != "" {
				lex.add(m.Alias, m.Type)
			}
		}
		states[i] = s
	}
	for _, s := range states {
		s.resolvePairs(lex)
	}
	// Prose is read twice: the first reading adds the names it typed with
	// confidence (organizations, places, multi-word names) to the
	// lexicon, so the second reading finds them everywhere, also where
	// their shape alone would not tell (lower case, sentence starts).
	snaps := make([]docState, len(states))
	for i, s := range states {
		snaps[i] = s.snapshot()
		s.prose(lex)
	}
	for _, s := range states {
		for _, m := range s.x.Mentions {
			if (m.Signal == SigShape || m.Signal == SigPattern) && m.Confidence >= 0.5 && m.Type != "" {
				lex.add(m.Name, m.Type)
			}
			if m.Alias != "" && m.Type != "" {
				lex.add(m.Name, m.Type)
			}
		}
	}
	out := make([]*Extraction, len(docs))
	for i, s := range states {
		*s = snaps[i]
		s.prose(lex)
		s.chooseSubject()
		out[i] = s.x
	}
	return out
}

// snapshot copies the state so that a reading can be undone.
func (s *docState) snapshot() docState {
	c := *s
	x := *s.x
	x.Mentions = append([]Mention(nil), s.x.Mentions...)
	x.Claims = append([]Claim(nil), s.x.Claims...)
	x.Facts = append([]Fact(nil), s.x.Facts...)
	c.x = &x
	c.castChar = map[int]int{}
	for k, v := range s.castChar {
		c.castChar[k] = v
	}
	return c
}

// noMention stands for no mention where a mention index is expected.
const noMention = -1

// series is the mention of the document's series, or subjectPending while
// it is not known yet.
func (s *docState) series() int {
	if s.subject >= 0 {
		return s.subject
	}
	return subjectPending
}

// claim records c as a claim of the document, unless it lacks a subject or
// an object or relates a mention to itself.
func (s *docState) claim(c Claim) {
	if c.Subject == noMention || c.Object == noMention || c.Subject == c.Object {
		return
	}
	c.Doc = s.p.Doc.ID
	s.x.Claims = append(s.x.Claims, c)
}

// wantType is the entity type each predicate requires of its subject and
// object.
var wantType = map[string][2]string{
	"PLAYS": {graph.Person, graph.Character}, "STARS_IN": {graph.Person, graph.Series}, "CREATED": {graph.Person, graph.Series},
	"SHOWRUNNER_OF": {graph.Person, graph.Series}, "EXECUTIVE_PRODUCER_OF": {graph.Person, graph.Series},
	"DIRECTED": {graph.Person, graph.Series}, "WROTE": {graph.Person, graph.Book}, "PRODUCED_BY": {graph.Series, graph.Organization},
	"AIRS_ON": {graph.Series, graph.Organization}, "BASED_ON": {graph.Series, graph.Book}, "SPINOFF_OF": {graph.Series, graph.Series},
	"APPEARS_IN": {graph.Character, graph.Series}, "SET_IN": {graph.Series, graph.Place}, "MEMBER_OF": {graph.Character, graph.Organization},
	"RELATIVE_OF": {graph.Character, graph.Character}, "ROMANTIC_PARTNER_OF": {graph.Character, graph.Character},
	"PARTNER_OF": {graph.Character, graph.Character}, "KILLED": {graph.Character, graph.Character},
	// Internal, never an edge: a book series includes a book (the build
	// stage passes the series' author and adaptations on to the book).
	PredIncludes: {graph.Book, graph.Book},
}

// predIncludes is the internal claim "the book series includes this book".
const PredIncludes = "INCLUDES"

// WantTypes returns the subject and object types a predicate requires.
func WantTypes(pred string) (string, string) { t := wantType[pred]; return t[0], t[1] }

// lexShort reports whether the corpus knows name as a first name or
// surname of a name of type typ.
func (s *docState) lexShort(name, typ string) bool {
	if s.lex == nil {
		return false
	}
	e := s.lex[names.Fold(name)]
	return e != nil && e.short[typ] > 0
}
