package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/internal/parallel"
	"github.com/kgbuild/kg/layout"
	"github.com/kgbuild/kg/names"
	"github.com/kgbuild/kg/nlp"
	"github.com/kgbuild/kg/sources"
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
	lex            *Lexicon
	pairs          []int // blocks holding a name pair in an order still to decide
	// lastSeries is the series the text named last (for "It is based on").
	lastSeries int
	// novelsBy are the authors the text named for the books the series
	// adapts (see novelsAuthor).
	novelsBy []int
	// prevChar is the first character the last sentence named, or
	// noMention (for "He is assigned to ...").
	prevChar int
	// prevPerson is the first person the last sentence named, or
	// noMention (for "He also served as executive producer on X").
	prevPerson int
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
	// reads records the questions the reading asks of the lexicon and of
	// the corpus's lower-case words, with their answers (nil: none).
	reads *asked
	// site is the name of the site the page was saved from, as its
	// address spells it, or "" (see pageSite).
	site string
	// kept are the relation patterns' matches one reading leaves to the
	// next (nil: none kept); a trial's fork shares them.
	kept *keptMatches
}

// Run extracts mentions and claims from every parsed document. It reads
// the batch in phases, each over every document, so that what one document
// tells about a name serves all of them:
//
//  1. structure: the structured blocks of each document give typed names,
//     which the lexicon learns;
//  2. pairs: the cast lines that pair two names without saying which is
//     the actor are decided by the lexicon, document after document, and
//     the lexicon learns them too;
//  3. trial: a trial reading of each document's prose types names by their
//     shape and context; the lexicon learns the confident ones once every
//     document is read, so that no trial depends on the order of the
//     documents;
//  4. final: the final reading of the prose, with the full lexicon,
//     starting again from what the structure gave.
func (Extractor) Run(docs []*nlp.Parsed) []*Extraction {
	in := make([]Input, len(docs))
	for i, p := range docs {
		in[i] = Input{Doc: p.Doc, Parse: parsed(p)}
	}
	c := newCorpus(in, false)
	c.run() // the parses are given: nothing can fail
	return c.out.Extractions
}

// Input is one document of a memoised run (see RunMemo): the document, how
// to get its parse, and the memo an earlier run left for it.
type Input struct {
	Doc *sources.Document
	// Parse returns the document's parse. It is called, at most once and
	// from any goroutine, only when the memo cannot serve.
	Parse func() (*nlp.Parsed, error)
	// Again, when set, returns the document's parse once more (read back
	// from a cache, say), from any goroutine: the parse is then let go
	// when the document's trial reading ends, and asked for again for its
	// final reading, so that the end of the trial, when every other
	// document's state is held, does not hold every parse as well.
	Again func() (*nlp.Parsed, error)
	// Drop, when set with Again, is given the parse as it is let go at the
	// end of the trial reading, as the trial read it, so that Again may
	// give it back from a smaller copy than the parse itself.
	Drop func(*nlp.Parsed)
	// Memo is what an earlier run recorded for this document's content
	// and id, with stages of the same version (nil: none; see Memo).
	Memo *Memo
	// Keep, when set, is given the document's new memo as soon as its
	// final reading ends, with whether it is new or changed (see
	// Batch.Changed); the batch then holds no memo for the document
	// (Batch.Memos has nil), so that a large batch never holds every
	// document's memo at once.
	Keep func(m *Memo, changed bool)
}

// Batch is what a memoised run returns.
type Batch struct {
	// Extractions are the documents' extractions, in the order given.
	Extractions []*Extraction
	// Memos are the memos to keep for the next run, one a document.
	Memos []*Memo
	// Changed is set for the documents whose memo is new or changed.
	Changed []bool
	// Read counts the documents that were read again, wholly or in part.
	Read int
}

// RunMemo extracts as Run does, but reuses what an earlier run recorded:
// a document's memo holds each phase's reading with the questions it asked
// of the lexicon and of the corpus's lower-case words (see known) and the
// answers it got. A phase of a document whose answers all still hold is
// not read again, since it would read the same; any other is, from the
// document's parse. An edit therefore costs the documents whose readings
// it touches, and the result is what Run gives on the same documents.
func (Extractor) RunMemo(in []Input) (*Batch, error) {
	c := newCorpus(in, true)
	if err := c.run(); err != nil {
		return nil, err
	}
	return &c.out, nil
}

// corpus is the work of one run over a batch.
type corpus struct {
	jobs   []*job
	lower  map[string]bool
	lex    *Lexicon
	record bool // whether readings are recorded into memos
	out    Batch
}

func newCorpus(in []Input, record bool) *corpus {
	c := &corpus{lex: newLexicon(), record: record}
	c.jobs = make([]*job, len(in))
	for i, x := range in {
		c.jobs[i] = &job{in: x, old: x.Memo, memo: &Memo{}}
	}
	return c
}

// run runs the phases in order.
func (c *corpus) run() error {
	c.lowerWords()
	for _, phase := range []func() error{c.structure, c.pairs, c.trial, c.final} {
		if err := phase(); err != nil {
			return err
		}
	}
	c.out.Extractions = make([]*Extraction, len(c.jobs))
	c.out.Memos = make([]*Memo, len(c.jobs))
	c.out.Changed = make([]bool, len(c.jobs))
	for i, j := range c.jobs {
		c.out.Extractions[i] = j.x
		if c.record && j.in.Keep == nil {
			c.out.Memos[i], c.out.Changed[i] = j.memo, j.read
		}
		if j.read {
			c.out.Read++
		}
	}
	return nil
}

// lowerWords gathers the words the corpus writes in lower case somewhere:
// each document's on all cores, then their union.
func (c *corpus) lowerWords() {
	parallel.Each(len(c.jobs), func(i int) {
		j := c.jobs[i]
		if j.old != nil {
			j.memo.lower = j.old.lower
		} else {
			j.memo.lower = lowerWordsOf(j.in.Doc.Text)
		}
	})
	c.lower = map[string]bool{}
	for _, j := range c.jobs {
		j.memo.lower.each(func(w string) {
			if !c.lower[w] {
				c.lower[strings.Clone(w)] = true // not a piece of the memo's list, let go with the memo
			}
		})
	}
}

// lowerWordsOf returns the words (as wordIndexes finds them) that text
// writes in lower case, sorted.
func lowerWordsOf(text string) packedWords {
	set := map[string]bool{}
	for _, m := range wordIndexes(text) {
		if w := text[m[0]:m[1]]; !names.Capitalised(w) {
			set[w] = true
		}
	}
	out := make([]string, 0, len(set))
	for w := range set {
		out = append(out, w)
	}
	sort.Strings(out)
	return packWordList(out)
}

// structure reads the structure of every document whose memo does not
// hold, then teaches the lexicon the names every structure typed.
func (c *corpus) structure() error {
	err := c.each(func(j *job) error {
		if j.old != nil && holdsLower(j.old.structureLower, c.lower) {
			j.memo.structureLower, j.memo.structureVotes = j.old.structureLower, j.old.structureVotes
			return nil
		}
		return c.read(j)
	})
	for _, j := range c.jobs {
		c.lex.learn(j.memo.structureVotes)
	}
	return err
}

// pairs decides the pair lines of the documents, one document after
// another, each line's names learnt before the next line is decided.
func (c *corpus) pairs() error {
	for _, j := range c.jobs {
		if j.s == nil && c.pairsHold(j.old.pairs) {
			j.memo.pairs = j.old.pairs
			for _, st := range j.old.pairs {
				c.lex.learn(st.Votes)
			}
			continue
		}
		if j.s == nil {
			if err := c.read(j); err != nil {
				return err
			}
		}
		j.memo.pairs = nil
		j.s.resolvePairs(func(b layout.Block) bool {
			st := pairStep{Lex: map[string]known{}}
			st.First = pairOrder(func(k string) known { kn := c.lex.known(k); st.Lex[k] = kn; return kn }, b)
			j.memo.pairs = append(j.memo.pairs, st)
			return st.First
		}, func(vs []vote) {
			c.lex.learn(vs)
			j.memo.pairs[len(j.memo.pairs)-1].Votes = vs
		})
		if j.s.reads != nil {
			j.memo.structureLower = lowerAnswers(j.s.reads.lower)
		}
		j.s.reads = nil
	}
	return nil
}

// trial reads the prose of every document once, on a copy of what its
// structure gave, and teaches the lexicon the names that reading typed
// with confidence (organizations, places, multi-word names), so that the
// final reading finds them everywhere, also where their shape alone would
// not tell (lower case, sentence starts). The lexicon learns only once
// every document is read.
func (c *corpus) trial() error {
	err := c.each(func(j *job) error {
		if !j.stale && j.old != nil && c.holds(j.old.trial) {
			j.memo.trial, j.memo.trialVotes = j.old.trial, j.old.trialVotes
			return nil
		}
		if err := c.rebuild(j); err != nil {
			return err
		}
		t := j.s.fork()
		t.reads = c.newAsked(nil)
		t.prose(c.lex)
		j.memo.trial, j.memo.trialVotes, j.read = t.reads.sealed(), proseVotes(t.x.Mentions), true
		if j.in.Again != nil {
			if j.in.Drop != nil {
				j.in.Drop(j.s.p)
			}
			j.s.p, j.in.Parse = nil, nil // asked for again by the final reading
		}
		return nil
	})
	votes := make([][]vote, len(c.jobs))
	for i, j := range c.jobs {
		c.lex.learn(j.memo.trialVotes)
		votes[i] = j.memo.trialVotes
	}
	c.lex.learnFamilies(votes)
	return err
}

// final reads the prose of every document with the full lexicon and
// settles each document's subject. A document done, what only its
// readings needed (its parse, its state, the old memo) is let go, and its
// memo handed to Keep, if set: a large batch holds them for the documents
// still to read only.
func (c *corpus) final() error {
	return c.each(func(j *job) error {
		defer c.done(j)
		if !j.stale && j.old != nil && c.holds(j.old.final) {
			j.memo.final, j.memo.x = j.old.final, j.old.x
			j.x = j.old.extraction(j.in.Doc)
			return nil
		}
		if err := c.rebuild(j); err != nil {
			return err
		}
		if j.s.p == nil {
			p, err := j.in.Again()
			if err != nil {
				return err
			}
			j.s.p = p
		}
		j.s.reads = c.newAsked(j.memo.trial) // the final reading asks about what the trial did, or nearly
		j.s.prose(c.lex)
		j.s.chooseSubject()
		j.x, j.read = j.s.x, true
		j.x.clip()
		j.memo.final, j.s.reads = j.s.reads.sealed(), nil
		if c.record {
			j.memo.keep(j.x)
		}
		return nil
	})
}

// clip gives the extraction's lists exactly their lengths: they grew by
// appending, up to twice what they hold, and every document's extraction
// is held through reconciliation and the build.
func (x *Extraction) clip() {
	x.Mentions, x.Claims, x.Facts = slices.Clone(x.Mentions), slices.Clone(x.Claims), slices.Clone(x.Facts)
}

// done lets go of what only j's readings needed, and hands its memo to
// Keep, if set and the run records memos.
func (c *corpus) done(j *job) {
	j.s, j.old, j.in.Parse, j.in.Again, j.in.Drop = nil, nil, nil, nil, nil
	if c.record && j.in.Keep != nil && j.x != nil {
		j.in.Keep(j.memo, j.read)
		j.memo = nil
	}
}

// each runs f on every document on all cores and returns the first error.
// The readings of a phase are independent (each reads the lexicon and the
// corpus's lower-case words and writes only its own state), so their order
// does not matter.
func (c *corpus) each(f func(j *job) error) error {
	errs := make([]error, len(c.jobs))
	parallel.Each(len(c.jobs), func(i int) { errs[i] = f(c.jobs[i]) })
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
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
	c.novelsBy = append([]int(nil), s.novelsBy...)
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
	s.authorOfAdapted(c)
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
