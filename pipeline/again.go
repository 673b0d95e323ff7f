package pipeline

import (
	"slices"

	"github.com/kgbuild/kg/nlp"
	"github.com/kgbuild/kg/sources"
)

// again returns d's parse once more, for a reading after its parse was
// let go (see extract.Input.Again): from the parse cache, which the run
// wrote when it parsed d, or parsed again when the cache cannot give it.
func (p *Pipeline) again(d *sources.Document) (*nlp.Parsed, error) {
	if blocks, sents, ok := p.cache.Get(d.CacheKey()); ok {
		return rehome(&nlp.Parsed{Doc: d, Blocks: blocks, Sentences: sents}), nil
	}
	pp, _, err := p.parseOne(d, nil)
	return pp, err
}

// rehome makes the texts of a parse read back from the cache pieces of
// its document's text, where they are equal to it: decoded, each is a
// copy of its own, which the mentions taken from it would keep after the
// parse is let go.
func rehome(p *nlp.Parsed) *nlp.Parsed {
	text := p.Doc.Text
	at := func(start, end int, s *string) {
		if 0 <= start && start <= end && end <= len(text) && text[start:end] == *s {
			*s = text[start:end]
		}
	}
	span := func(sp *sources.Span) { at(sp.Start, sp.End, &sp.Text) }
	for i := range p.Blocks {
		b := &p.Blocks[i]
		span(&b.Span)
		for k := range b.Values {
			span(&b.Values[k])
		}
		if b.Rest != nil {
			span(b.Rest)
		}
	}
	for i := range p.Sentences {
		sn := &p.Sentences[i]
		span(&sn.Span)
		for k := range sn.Tokens {
			t := &sn.Tokens[k]
			at(t.Start, t.End, &t.Text)
		}
	}
	return p
}

// compact copies the lists of a parse to their lengths, the tokens of all
// its sentences into one array: they grew by appending, up to twice what
// they hold, and the parse of every document is held while extraction's
// passes read the corpus.
func compact(p *nlp.Parsed) *nlp.Parsed {
	p.Blocks = slices.Clone(p.Blocks)
	p.Sentences = slices.Clone(p.Sentences)
	n := 0
	for _, s := range p.Sentences {
		n += len(s.Tokens)
	}
	toks := make([]nlp.Token, 0, n)
	for i, s := range p.Sentences {
		if s.Tokens == nil {
			continue
		}
		at := len(toks)
		toks = append(toks, s.Tokens...)
		p.Sentences[i].Tokens = toks[at:len(toks):len(toks)]
	}
	return p
}
