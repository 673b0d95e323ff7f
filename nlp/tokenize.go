package nlp

import (
	"strings"
	"sync"

	"github.com/jdkato/prose/v2"
	"github.com/kgbuild/kg/layout"
	"github.com/kgbuild/kg/sources"
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

// NewTokenizer returns a Tokenizer using the process-wide prose model,
// which is built on first use (a run whose documents all come from the
// parse cache never builds it).
func NewTokenizer() *Tokenizer { return &Tokenizer{} }

func (t *Tokenizer) ensureModel() {
	if t.model != nil {
		return
	}
	modelOnce.Do(func() {
		d, err := prose.NewDocument("")
		if err == nil {
			sharedModel = d.Model
		}
	})
	t.model = sharedModel
}

// tokenized says which block kinds carry running text worth tagging; field
// values and credits are names already.
func tokenized(k layout.BlockKind) bool {
	switch k {
	case layout.BlockField, layout.BlockCredit, layout.BlockPair:
		return false
	}
	return true
}

// Run returns the sentences of d's blocks. prose reads the whole document
// once (its sentence splitter is costly to build, so once per block would
// cost more than the tagging); its sentences are then cut at block
// boundaries, since a heading and the paragraph under it are not one
// sentence even when the heading has no full stop.
func (t *Tokenizer) Run(d *sources.Document, blocks []layout.Block) ([]Sentence, error) {
	toks, sents, err := t.tag(d.Text)
	if err != nil {
		return nil, err
	}
	var out []Sentence
	ti := 0
	for bi, b := range blocks {
		if !tokenized(b.Kind) {
			continue
		}
		var pieces []sources.Span
		for _, sp := range sents {
			st, en := max(sp.Start, b.Span.Start), min(sp.End, b.Span.End)
			if st < en && d.Text[st:en] != "" {
				pieces = append(pieces, sources.Span{Start: st, End: en, Text: d.Text[st:en]})
			}
		}
		if len(pieces) == 0 {
			pieces = []sources.Span{b.Span}
		}
		for _, pc := range pieces {
			sn := Sentence{Block: bi, Span: pc}
			for ti > 0 && toks[ti-1].Start >= pc.Start {
				ti--
			}
			for ti < len(toks) && toks[ti].Start < pc.Start {
				ti++
			}
			for j := ti; j < len(toks) && toks[j].End <= pc.End; j++ {
				sn.Tokens = append(sn.Tokens, toks[j])
			}
			out = append(out, sn)
		}
	}
	return out, nil
}

// tag runs prose on text and aligns its tokens and sentences to byte
// offsets. A full stop is added after the text because prose's entity
// chunker drops an entity that ends the text.
func (t *Tokenizer) tag(text string) ([]Token, []sources.Span, error) {
	t.ensureModel()
	doc, err := prose.NewDocument(text+" .", prose.UsingModel(t.model))
	if err != nil {
		return nil, nil, err
	}
	var toks []Token
	cur := 0
	for _, pt := range doc.Tokens() {
		i := indexFrom(text, pt.Text, cur)
		if i < 0 || i-cur > 40 {
			continue // not in the original text (normalised quote, the padding)
		}
		toks = append(toks, Token{Text: pt.Text, Tag: pt.Tag, Label: pt.Label, Start: i, End: i + len(pt.Text)})
		cur = i + len(pt.Text)
	}
	var sents []sources.Span
	cur = 0
	for _, ps := range doc.Sentences() {
		st := strings.TrimSpace(ps.Text)
		if st == "" {
			continue
		}
		i := indexFrom(text, st, cur)
		end := i + len(st)
		if i < 0 {
			// The splitter changed the text: fall back to its first word.
			w := strings.Fields(st)[0]
			if i = indexFrom(text, w, cur); i < 0 {
				continue
			}
			end = min(i+len(st), len(text))
		}
		end = min(end, len(text))
		sents = append(sents, sources.Span{Start: i, End: end, Text: text[i:end]})
		cur = end
	}
	return toks, sents, nil
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
