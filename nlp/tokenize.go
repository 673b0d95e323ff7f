package nlp

import (
	"strings"

	"github.com/kgbuild/kg/layout"
	"github.com/kgbuild/kg/sources"
)

// Tagger segments a text into sentences and tags its tokens, each token
// and sentence with its byte range in the text. It is the one place a
// natural-language library is used, so that another can take its place.
type Tagger interface {
	Tag(text string) ([]Token, []sources.Span, error)
}

// Tokenizer is the tokenize stage: it segments each block into sentences and
// tags their tokens with its Tagger.
type Tokenizer struct {
	tagger Tagger
}

// NewTokenizer returns a Tokenizer using prose, with the process-wide prose
// model, which is built on first use (a run whose documents all come from
// the parse cache never builds it).
func NewTokenizer() *Tokenizer { return &Tokenizer{tagger: &ProseTagger{}} }

// tokenized says which block kinds carry running text worth tagging; field
// values and credits are names already.
func tokenized(k layout.BlockKind) bool {
	switch k {
	case layout.BlockField, layout.BlockCredit, layout.BlockPair:
		return false
	}
	return true
}

// Run returns the sentences of d's blocks, each with the tokens whose
// entity label has a graph type: the only tokens a later stage reads (the
// others, most of the text, are kept neither in memory nor in the parse
// cache). The tagger reads the whole document at once, as its labels depend
// on the tokens before; its sentences are then cut at block boundaries,
// since a heading and the paragraph under it are not one sentence even when
// the heading has no full stop.
func (t *Tokenizer) Run(d *sources.Document, blocks []layout.Block) ([]Sentence, error) {
	toks, sents, err := t.tagger.Tag(d.Text)
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
				if toks[j].EntityType() != "" {
					sn.Tokens = append(sn.Tokens, toks[j])
				}
			}
			out = append(out, sn)
		}
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
