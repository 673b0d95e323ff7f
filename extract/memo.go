package extract

import (
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
	lower []string
	// structureLower are the lower-case words the reading of the
	// structure and of the pair lines asked about.
	structureLower map[string]bool
	structureVotes []vote
	pairs          []pairStep
	trial          *reads
	trialVotes     []vote
	final          *reads
	x              *memoExtraction
}

// reads are the questions one reading asked and the answers it got.
type reads struct {
	Lex map[string]known
	// Heads holds the numbers of words of the names starting with each
	// two words asked (see knownSpan).
	Heads map[string]uint32
	Lower map[string]bool
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

// newReads returns an empty record of questions, or nil when the run
// records nothing.
func (c *corpus) newReads() *reads {
	if !c.record {
		return nil
	}
	return &reads{Lex: map[string]known{}, Heads: map[string]uint32{}, Lower: map[string]bool{}}
}

// state parses the document of j and reads its structure.
func (c *corpus) state(j *job) (*docState, error) {
	p, err := j.in.Parse()
	if err != nil {
		return nil, err
	}
	s := &docState{lower: c.lower, p: p, x: &Extraction{Doc: p.Doc, Subject: noMention}, castChar: map[int]int{},
		subject: noMention, lastSeries: noMention, pageChar: noMention, prevChar: noMention}
	s.reads = c.newReads()
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
	if r == nil || !holdsLower(r.Lower, c.lower) {
		return false
	}
	for k, v := range r.Lex {
		if c.lex.known(k) != v {
			return false
		}
	}
	for h, v := range r.Heads {
		if c.lex.heads[h] != v {
			return false
		}
	}
	return true
}

// holdsLower reports whether the corpus still writes in lower case
// exactly the asked words it did.
func holdsLower(asked, lower map[string]bool) bool {
	for w, v := range asked {
		if lower[w] != v {
			return false
		}
	}
	return true
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
	return sum.tell()
}

// parsed is the parse of a document when the caller has it at hand.
func parsed(p *nlp.Parsed) func() (*nlp.Parsed, error) {
	return func() (*nlp.Parsed, error) { return p, nil }
}
