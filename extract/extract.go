package extract

import (
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/names"
	"github.com/kgbuild/kg/nlp"
)

// Extractor is the extract stage. It works in passes over a batch of
// documents (see Run): first the structured blocks of every document
// (fields, cast lines, captions, credits), which give names with their
// types; then the running text, where a name the structure of any document
// typed keeps that type (corpus-level evidence), new names are typed by
// their shape and context, and lexical patterns state relations between
// them.
type Extractor struct{}

// The signals that find a mention, from the most to the least trusted:
// reconciliation weighs a mention's type by its signal.
const (
	// SigStructure: a field, cast line, caption or credit gave the type.
	SigStructure = "structure"
	// SigPattern: a lexical pattern around the name gave the type.
	SigPattern = "pattern"
	// SigLexicon: the corpus typed the name elsewhere.
	SigLexicon = "lexicon"
	// SigShape: the name's own shape or the words next to it gave the type.
	SigShape = "shape"
	// SigShort: a lone word, often a first name or surname the corpus
	// knows, that only context can type.
	SigShort = "short"
)

// docState is the work in progress on one document. Mentions are referred
// to by their index in x.Mentions; noMention stands for none and
// subjectPending for the document's series while it is not known.
type docState struct {
	p        *nlp.Parsed
	x        *Extraction
	castChar map[int]int // block index -> mention index of the character the block describes
	// subject is the mention of the series the document is about, or
	// noMention until the structure or chooseSubject tells.
	subject int
	// subjectGuessed is set when only the count of its mentions, or a
	// heading below the page's first paragraph, chose the subject.
	subjectGuessed bool
	lex            Lexicon
	pairs          []int // blocks holding a name pair in an order still to decide
	// lastSeries is the series the text named last (for "It is based on").
	lastSeries int
	// prevChar is the first character the last sentence named, or
	// noMention (for "He is assigned to ...").
	prevChar int
	// pageChar is the character a character page is about, or noMention.
	pageChar int
	// plotPage is set on a page about an episode, whose prose tells the
	// story (see spotEpisodeLead).
	plotPage bool
	// block is the block being read, recorded on each mention.
	block int
	// lower holds the words the corpus writes in lower case somewhere.
	lower map[string]bool
	// sectionChar is the character whose section (a heading naming them
	// over "Portrayed by ...") the text is in, or noMention.
	sectionChar int
	// tags are the tokens of the document by start offset, for their
	// named-entity labels.
	tags map[int]nlp.Token
}

// Run extracts mentions and claims from every parsed document. It reads
// the batch in phases, each over every document, so that what one document
// tells about a name serves all of them:
//
//  1. readStructure: the structured blocks of each document give typed
//     names, which the lexicon learns; then the cast lines that pair two
//     names without saying which is the actor are decided by the lexicon,
//     which learns them too;
//  2. learnFromProse: a trial reading of each document's prose types names
//     by their shape and context; the lexicon learns the confident ones;
//  3. readProse: the final reading of the prose, with the full lexicon,
//     starting again from what the structure gave.
func (Extractor) Run(docs []*nlp.Parsed) []*Extraction {
	states, lex := readStructure(docs)
	learnFromProse(states, lex)
	return readProse(states, lex)
}

// lowerWords returns the words the corpus writes in lower case somewhere.
func lowerWords(docs []*nlp.Parsed) map[string]bool {
	lower := map[string]bool{}
	for _, p := range docs {
		for _, w := range wordRe.FindAllString(p.Doc.Text, -1) {
			if !names.Capitalised(w) {
				lower[w] = true
			}
		}
	}
	return lower
}

// readStructure reads the structure of every document into a lexicon of
// the names it types, then decides the name pairs of cast lists by that
// lexicon, which learns them too.
func readStructure(docs []*nlp.Parsed) ([]*docState, Lexicon) {
	lex := Lexicon{}
	lower := lowerWords(docs)
	states := make([]*docState, len(docs))
	for i, p := range docs {
		s := &docState{lower: lower, p: p, x: &Extraction{Doc: p.Doc, Subject: noMention}, castChar: map[int]int{},
			subject: noMention, lastSeries: noMention, pageChar: noMention, prevChar: noMention}
		s.structured()
		lex.learnStructure(s.x.Mentions)
		states[i] = s
	}
	for _, s := range states {
		s.resolvePairs(lex)
	}
	return states, lex
}

// learnFromProse reads the prose of every document once, on a copy of what
// its structure gave, and adds the names that reading typed with confidence
// (organizations, places, multi-word names) to lex, so that the final
// reading finds them everywhere, also where their shape alone would not
// tell (lower case, sentence starts). The lexicon learns only once every
// document is read, so that no trial reading depends on the order of the
// documents.
func learnFromProse(states []*docState, lex Lexicon) {
	trials := make([]*docState, len(states))
	eachDoc(len(states), func(i int) {
		trials[i] = states[i].fork()
		trials[i].prose(lex)
	})
	ms := make([][]Mention, len(trials))
	for i, t := range trials {
		lex.learnProse(t.x.Mentions)
		ms[i] = t.x.Mentions
	}
	lex.learnFamilies(ms)
}

// readProse reads the prose of every document with the full lexicon and
// settles each document's subject.
func readProse(states []*docState, lex Lexicon) []*Extraction {
	out := make([]*Extraction, len(states))
	eachDoc(len(states), func(i int) {
		states[i].prose(lex)
		states[i].chooseSubject()
		out[i] = states[i].x
	})
	return out
}

// eachDoc runs f(0..n-1) on all cores. The prose readings of a phase are
// independent (each reads the lexicon and the corpus's lower-case words
// and writes only its own state), so their order does not matter.
func eachDoc(n int, f func(i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < min(runtime.GOMAXPROCS(0), n); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1)) - 1; i < n; i = int(next.Add(1)) - 1 {
				f(i)
			}
		}()
	}
	wg.Wait()
}

// fork copies the state, with its own mentions, claims, facts and cast
// characters, so that a trial reading leaves the original as it was.
func (s *docState) fork() *docState {
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
	return &c
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

// PredIncludes is the internal claim "the book series includes this book":
// no edge of the graph, but how the build stage passes a series' author
// and adaptations on to its books.
const PredIncludes = "INCLUDES"

// WantTypes returns the subject and object types a predicate requires.
func WantTypes(pred string) (string, string) { t := wantType[pred]; return t[0], t[1] }
