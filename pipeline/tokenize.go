package pipeline

import (
	"strings"
	"sync"

	"github.com/jdkato/prose/v2"
)

// Tokenizer is the tokenize stage: it segments each block into sentences and
// tags their tokens with prose, then aligns every token to its byte range in
// the document (prose's tokens carry no offsets).
//
// prose rebuilds its model on every NewDocument unless one is passed in, so
// the model is built once per process and shared: it is read-only once built.
type Tokenizer struct {
	model *prose.Model
}

var (
	modelOnce   sync.Once
	sharedModel *prose.Model
)

// NewTokenizer returns a Tokenizer using the process-wide prose model.
func NewTokenizer() *Tokenizer {
	modelOnce.Do(func() {
		d, err := prose.NewDocument("")
		if err == nil {
			sharedModel = d.Model
		}
	})
	return &Tokenizer{model: sharedModel}
}

// tokenized says which block kinds carry running text worth tagging; field
// values and credits are names already.
func tokenized(k BlockKind) bool {
	switch k {
	case BlockField, BlockCredit:
		return false
	}
	return true
}

// Run returns the sentences of d's blocks.
func (t *Tokenizer) Run(d *Document, blocks []Block) ([]Sentence, error) {
	var out []Sentence
	for bi, b := range blocks {
		if !tokenized(b.Kind) {
			continue
		}
		ss, err := t.segment(b.Span)
		if err != nil {
			return nil, err
		}
		for _, s := range ss {
			s.Block = bi
			out = append(out, s)
		}
	}
	return out, nil
}

// segment tags one span of text. A full stop is added after the text
// because prose's entity chunker drops an entity that ends the text.
func (t *Tokenizer) segment(sp Span) ([]Sentence, error) {
	text := sp.Text
	doc, err := prose.NewDocument(text+" .", prose.UsingModel(t.model))
	if err != nil {
		return nil, err
	}
	var toks []Token
	cur := 0
	for _, pt := range doc.Tokens() {
		i := indexFrom(text, pt.Text, cur)
		if i < 0 || i-cur > 40 {
			continue // not in the original text (normalised quote, the padding)
		}
		toks = append(toks, Token{Text: pt.Text, Tag: pt.Tag, Label: pt.Label, Start: sp.Start + i, End: sp.Start + i + len(pt.Text)})
		cur = i + len(pt.Text)
	}
	var out []Sentence
	cur = 0
	for _, ps := range doc.Sentences() {
		st := strings.TrimSpace(ps.Text)
		i := indexFrom(text, st, cur)
		end := 0
		if i < 0 {
			// Fall back to the first word of the sentence.
			w := strings.Fields(st)
			if len(w) == 0 {
				continue
			}
			if i = indexFrom(text, w[0], cur); i < 0 {
				continue
			}
			end = i + len(st)
			if end > len(text) {
				end = len(text)
			}
		} else {
			end = i + len(st)
		}
		if end > len(text) {
			end = len(text)
		}
		cur = end
		s := Sentence{Span: Span{sp.Start + i, sp.Start + end, text[i:end]}}
		for _, tk := range toks {
			if tk.Start >= s.Span.Start && tk.End <= s.Span.End {
				s.Tokens = append(s.Tokens, tk)
			}
		}
		out = append(out, s)
	}
	if len(out) == 0 && strings.TrimSpace(text) != "" {
		out = append(out, Sentence{Span: sp, Tokens: toks})
	}
	return out, nil
}

func indexFrom(s, sub string, from int) int {
	if from > len(s) {
		return -1
	}
	i := strings.Index(s[from:], sub)
	if i < 0 {
		return -1
	}
	return from + i
}
