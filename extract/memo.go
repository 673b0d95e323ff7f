package extract

import (
	"encoding/json"
	"fmt"

	"github.com/kgbuild/kg/layout"
	"github.com/kgbuild/kg/nlp"
	"github.com/kgbuild/kg/sources"
)

// Memo is what one document's extraction consulted and produced, kept
// between runs (see RunMemo): the document's lower-case words, each
// phase's questions to the lexicon and to the corpus's lower-case words
// with the answers it got, the names each phase taught the lexicon, and
// the extraction. Other packages store it as JSON and give it back, under
// a version of the stages that changes whenever what they make of a
// document does (pipeline.GraphVersion); its content is this package's
// business.
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
	Lex   map[string]known `json:"lex,omitempty"`
	Lower map[string]bool  `json:"lower,omitempty"`
}

// pairStep is the decision of one pair line: the lexicon's answers it
// rests on, whether the first name is the actor's, and the names learnt.
type pairStep struct {
	Lex   map[string]known `json:"lex"`
	First bool             `json:"first,omitempty"`
	Votes []vote           `json:"votes,omitempty"`
}

// memoExtraction is an Extraction without its document.
type memoExtraction struct {
	Mentions []Mention `json:"mentions,omitempty"`
	Claims   []Claim   `json:"claims,omitempty"`
	Subject  int       `json:"subject"`
	Facts    []Fact    `json:"facts,omitempty"`
}

// memoJSON is the encoded form of a Memo.
type memoJSON struct {
	Lower          []string        `json:"lower"`
	StructureLower map[string]bool `json:"structureLower,omitempty"`
	StructureVotes []vote          `json:"structureVotes,omitempty"`
	Pairs          []pairStep      `json:"pairs,omitempty"`
	Trial          *reads          `json:"trial"`
	TrialVotes     []vote          `json:"trialVotes,omitempty"`
	Final          *reads          `json:"final"`
	X              *memoExtraction `json:"extraction"`
}

// MarshalJSON encodes the memo.
func (m *Memo) MarshalJSON() ([]byte, error) {
	return json.Marshal(memoJSON{m.lower, m.structureLower, m.structureVotes, m.pairs, m.trial, m.trialVotes, m.final, m.x})
}

// UnmarshalJSON decodes a memo; one that lacks a phase is an error, so
// that a damaged memo is read again rather than trusted.
func (m *Memo) UnmarshalJSON(data []byte) error {
	var j memoJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return err
	}
	if j.Trial == nil || j.Final == nil || j.X == nil {
		return fmt.Errorf("extraction memo: a phase is missing")
	}
	*m = Memo{j.Lower, j.StructureLower, j.StructureVotes, j.Pairs, j.Trial, j.TrialVotes, j.Final, j.X}
	return nil
}

// extraction is the memo's extraction of doc.
func (m *Memo) extraction(doc *sources.Document) *Extraction {
	return &Extraction{Doc: doc, Mentions: m.x.Mentions, Claims: m.x.Claims, Subject: m.x.Subject, Facts: m.x.Facts}
}

// keep records x as the memo's extraction.
func (m *Memo) keep(x *Extraction) {
	m.x = &memoExtraction{Mentions: x.Mentions, Claims: x.Claims, Subject: x.Subject, Facts: x.Facts}
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
	return &reads{Lex: map[string]known{}, Lower: map[string]bool{}}
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
	mine := Lexicon{}
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
type joined struct{ base, extra Lexicon }

func (j joined) known(k string) known {
	a, b := j.base[k], j.extra[k]
	switch {
	case b == nil:
		return j.base.known(k)
	case a == nil:
		return j.extra.known(k)
	}
	var sum lexEntry
	for i := range sum.types {
		sum.types[i], sum.short[i] = a.types[i]+b.types[i], a.short[i]+b.short[i]
	}
	sum.guessed = a.guessed + b.guessed
	return Lexicon{k: &sum}.known(k)
}

var _ lexView = joined{}

// parsed is the parse of a document when the caller has it at hand.
func parsed(p *nlp.Parsed) func() (*nlp.Parsed, error) {
	return func() (*nlp.Parsed, error) { return p, nil }
}
