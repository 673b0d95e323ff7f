package extract

import (
	"encoding/binary"
	"sort"
	"strings"

	"github.com/kgbuild/kg/layout"
	"github.com/kgbuild/kg/nlp"
)

// Memo is what one document's extraction consulted and produced, kept
// between runs (see RunMemo): the document's lower-case words, each
// phase's questions to the lexicon and to the corpus's lower-case words
// with the answers it got, the names each phase taught the lexicon, and
// the extraction. Other packages store it (MarshalBinary) and give it
// back, under a version of the stages that changes whenever what they
// make of a document does (pipeline.GraphVersion); its content is this
// package's business.
type Memo struct {
	lower packedWords
	// structureLower are the lower-case words the reading of the
	// structure and of the pair lines asked about (1: written in lower
	// case).
	structureLower answers
	structureVotes []vote
	pairs          []pairStep
	trial          *reads
	trialVotes     []vote
	final          *reads
	x              *memoExtraction
}

// reads are the questions one reading asked and the answers it got: the
// names it looked up and what known told of them, the first two words of
// spans and the lengths of the names starting with them (see knownSpan),
// and the words and whether the corpus writes them in lower case (1) or
// not (0).
type reads struct {
	Lex, Heads, Lower answers
}

// answers are questions, sorted, with one answer each: a reading asks
// about a thousand, and a run keeps the answers of every document while
// it reads the others, so they are kept in one string and one slice.
type answers struct {
	// Keys are the questions, each after its length (a uvarint).
	Keys string
	Vals []uint32
}

// each calls f on every question and its answer until f returns false,
// and reports whether it never did; answers that do not decode never hold.
func (a answers) each(f func(k string, v uint32) bool) bool {
	keys := a.Keys
	for _, v := range a.Vals {
		n, w := uvarint(keys)
		if w <= 0 || n > uint64(len(keys)-w) || !f(keys[w:w+int(n)], v) {
			return false
		}
		keys = keys[w+int(n):]
	}
	return keys == ""
}

// packedWords is a list of words in one string, each after its length (a
// uvarint), as answers keep their questions: a document's lower-case
// words are held in its memo from the start of its extraction to its
// end, every document's at once, and a string header for each word took
// twice the memory of the words.
type packedWords string

// packWordList makes the list of ws.
func packWordList(ws []string) packedWords {
	n := 0
	for _, w := range ws {
		n += len(w) + 1
	}
	var b strings.Builder // its String is the bytes written, not a copy
	b.Grow(n)
	var l [binary.MaxVarintLen64]byte
	for _, w := range ws {
		b.Write(binary.AppendUvarint(l[:0], uint64(len(w))))
		b.WriteString(w)
	}
	return packedWords(b.String())
}

// each calls f on every word of the list, in order.
func (l packedWords) each(f func(w string)) {
	s := string(l)
	for s != "" {
		n, k := uvarint(s)
		if k <= 0 || n > uint64(len(s)-k) {
			return // not made by packWordList
		}
		f(s[k : k+int(n)])
		s = s[k+int(n):]
	}
}

// list returns the words of the list.
func (l packedWords) list() []string {
	var out []string
	l.each(func(w string) { out = append(out, w) })
	return out
}

// uvarint decodes a uvarint at the start of s, as binary.Uvarint does a
// byte slice: the value and the bytes read (0 or less: none).
func uvarint(s string) (uint64, int) {
	var x uint64
	for i := 0; i < len(s) && i < binary.MaxVarintLen64; i++ {
		b := s[i]
		if b < 0x80 {
			return x | uint64(b)<<(7*i), i + 1
		}
		x |= uint64(b&0x7f) << (7 * i)
	}
	return 0, 0
}

// asked records the questions of a reading while it reads.
type asked struct {
	lex   map[string]known
	heads map[string]uint32
	lower map[string]bool
}

// sealed returns the reading's questions and answers, compact; nil when
// the reading was not recorded.
func (a *asked) sealed() *reads {
	if a == nil {
		return nil
	}
	return &reads{Lex: answersOf(a.lex, func(k known) uint32 { return uint32(k) }),
		Heads: answersOf(a.heads, func(v uint32) uint32 { return v }), Lower: lowerAnswers(a.lower)}
}

// lowerAnswers are the answers of questions about lower-case words.
func lowerAnswers(m map[string]bool) answers {
	return answersOf(m, func(b bool) uint32 {
		if b {
			return 1
		}
		return 0
	})
}

func answersOf[V any](m map[string]V, val func(V) uint32) answers {
	keys := make([]string, 0, len(m))
	n := 0
	for k := range m {
		keys = append(keys, k)
		n += len(k) + 2
	}
	sort.Strings(keys)
	b := make([]byte, 0, n)
	a := answers{Vals: make([]uint32, len(keys))}
	for i, k := range keys {
		b = binary.AppendUvarint(b, uint64(len(k)))
		b = append(b, k...)
		a.Vals[i] = val(m[k])
	}
	a.Keys = string(b)
	return a
}

// pairStep is the decision of one pair line: the lexicon's answers it
// rests on, whether the first name is the actor's, and the names learnt.
type pairStep struct {
	Lex   map[string]known
	First bool
	Votes []vote
}

// job is one document's work in a run.
type job struct {
	in Input
	// old is the memo of an earlier run (nil: none), memo the one this
	// run makes.
	old, memo *Memo
	// s is the document's state after its structure and pair lines: nil
	// while the memo serves.
	s *docState
	// stale is set when the structure or the pair lines were read again:
	// the later phases cannot be taken from the old memo.
	stale bool
	// read is set when any phase was read again.
	read bool
	x    *Extraction
}

// newAsked returns an empty record of questions, or nil when the run
// records nothing. like, when not nil, is a record of the questions of a
// reading of the same text, whose sizes the new one's maps start with.
func (c *corpus) newAsked(like *reads) *asked {
	if !c.record {
		return nil
	}
	if like == nil {
		return &asked{lex: map[string]known{}, heads: map[string]uint32{}, lower: map[string]bool{}}
	}
	return &asked{lex: make(map[string]known, len(like.Lex.Vals)), heads: make(map[string]uint32, len(like.Heads.Vals)),
		lower: make(map[string]bool, len(like.Lower.Vals))}
}

// state parses the document of j and reads its structure.
func (c *corpus) state(j *job) (*docState, error) {
	p, err := j.in.Parse()
	if err != nil {
		return nil, err
	}
	s := &docState{lower: c.lower, p: p, x: &Extraction{Doc: p.Doc, Subject: noMention}, castChar: map[int]int{},
		subject: noMention, lastSeries: noMention, pageChar: noMention, prevChar: noMention, prevPerson: noMention,
		kept: newKeptMatches(), site: pageSite(p.Doc.Path, p.Doc.Text)}
	s.reads = c.newAsked(nil)
	s.structured()
	return s, nil
}

// read reads the structure of j's document again: its memo does not hold.
func (c *corpus) read(j *job) error {
	s, err := c.state(j)
	if err != nil {
		return err
	}
	j.s, j.stale, j.read = s, true, true
	j.memo.structureVotes = structureVotes(s.x.Mentions)
	return nil
}

// rebuild makes the state of j's document after its structure and pair
// lines when the memo held for them but a later phase must be read again:
// the structure is read again, and the pair lines are decided as the memo
// says they were, since the answers they rested on still hold.
func (c *corpus) rebuild(j *job) error {
	if j.s != nil {
		return nil
	}
	s, err := c.state(j)
	if err != nil {
		return err
	}
	steps := j.memo.pairs
	s.resolvePairs(func(layout.Block) bool {
		first := len(steps) > 0 && steps[0].First
		if len(steps) > 0 {
			steps = steps[1:]
		}
		return first
	}, func([]vote) {})
	s.reads = nil
	j.s = s
	return nil
}

// holds reports whether every answer a reading got is still the answer.
func (c *corpus) holds(r *reads) bool {
	return r != nil && holdsLower(r.Lower, c.lower) &&
		r.Lex.each(func(k string, v uint32) bool { return uint32(c.lex.known(k)) == v }) &&
		r.Heads.each(func(h string, v uint32) bool { return c.lex.headLengths(h) == v })
}

// holdsLower reports whether the corpus still writes in lower case
// exactly the asked words it did.
func holdsLower(asked answers, lower map[string]bool) bool {
	return asked.each(func(w string, v uint32) bool { return lower[w] == (v == 1) })
}

// pairsHold reports whether the pair lines of a memo would be decided as
// they were: each line's answers are checked against the lexicon as the
// lines before it in the same document left it.
func (c *corpus) pairsHold(steps []pairStep) bool {
	mine := newLexicon()
	both := joined{c.lex, mine}
	for _, st := range steps {
		for k, v := range st.Lex {
			if both.known(k) != v {
				return false
			}
		}
		mine.learn(st.Votes)
	}
	return true
}

// joined is a lexicon and the votes of one document not yet added to it.
type joined struct{ base, extra *Lexicon }

func (j joined) known(k string) known {
	a, b := j.base.names[k], j.extra.names[k]
	switch {
	case b == nil:
		return j.base.known(k)
	case a == nil:
		return b.kn
	}
	var sum lexEntry
	for i := range sum.types {
		sum.types[i], sum.short[i] = a.types[i]+b.types[i], a.short[i]+b.short[i]
	}
	sum.guessed = a.guessed + b.guessed
	sum.charSurname = a.charSurname + b.charSurname
	return sum.tell()
}

// parsed is the parse of a document when the caller has it at hand.
func parsed(p *nlp.Parsed) func() (*nlp.Parsed, error) {
	return func() (*nlp.Parsed, error) { return p, nil }
}
