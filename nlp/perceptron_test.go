package nlp

import (
	"testing"

	"github.com/jdkato/prose/v2"
)

// TestTagSameAsTables checks that tag, which finds the tagger's weights
// through strs and a window over the context, gives every token of the
// development corpora the tag that looking each feature up in its own
// table gives (tagByTables, the way tag worked before).
func TestTagSameAsTables(t *testing.T) {
	m, err := sharedModels()
	if err != nil {
		t.Fatal(err)
	}
	compareOnCorpora(t, func(toks []prose.Token) ([]prose.Token, []prose.Token) {
		want := append([]prose.Token(nil), toks...)
		m.pos.tagByTables(want)
		m.tagTokens(toks)
		return toks, want
	}, func(tok prose.Token) string { return tok.Tag })
}

// tagByTables tags as tag does, looking each feature's value up in its
// own table.
func (p *perceptron) tagByTables(toks []prose.Token) {
	ctx := contextWords(toks)
	p1, p2 := "-START-", "-START2-"
	for i := range toks {
		tag, ok := p.fixedTag(toks[i].Text)
		if !ok {
			tag = p.predictByTables(ctx, i+2, toks[i].Text, p1, p2)
		}
		toks[i].Tag = tag
		p2, p1 = p1, tag
	}
}

// predictByTables is predict with a lookup in its own table for each of
// the 14 features.
func (p *perceptron) predictByTables(ctx []string, i int, w, p1, p2 string) string {
	scores := make([]float64, len(p.classes))
	seen := make([]bool, len(p.classes))
	add := func(f int, value string) {
		for _, cw := range p.tables[f][value] {
			scores[cw.class] += cw.w
			seen[cw.class] = true
		}
	}
	suffix := func(s string) string { return s[len(s)-min(len(s), 3):] }
	add(pBias, "")
	add(pSuffix, suffix(w))
	add(pPref1, string(rune(w[0])))
	add(pPrevTag, p1)
	add(pPrev2Tag, p2)
	add(pTagPair, p1+" "+p2)
	add(pWord, ctx[i])
	add(pPrevTagWord, p1+" "+ctx[i])
	add(pPrevWord, ctx[i-1])
	add(pPrevSuffix, suffix(ctx[i-1]))
	add(pPrev2Word, ctx[i-2])
	add(pNextWord, ctx[i+1])
	add(pNextSuffix, suffix(ctx[i+1]))
	add(pNext2Word, ctx[i+2])
	best, bestScore := "", negInf
	for c, s := range scores {
		if seen[c] && s > bestScore {
			best, bestScore = p.classes[c], s
		}
	}
	return best
}

// BenchmarkTag tags the tokens of the seed corpus.
func BenchmarkTag(b *testing.B) {
	m, err := sharedModels()
	if err != nil {
		b.Fatal(err)
	}
	toks, size := seedTokens(b)
	b.SetBytes(int64(size))
	for b.Loop() {
		m.tagTokens(toks)
	}
}

// contextWords is the tagger's context: the normalized words of toks with
// two start and two end markers on either side.
func contextWords(toks []prose.Token) []string {
	ctx := make([]string, len(toks)+4)
	ctx[0], ctx[1] = "-START-", "-START2-"
	for i, t := range toks {
		ctx[i+2] = normalizeWord(t.Text)
	}
	ctx[len(ctx)-2], ctx[len(ctx)-1] = "-END-", "-END2-"
	return ctx
}

// tagTokens tags toks as Tag does, with a scratch of its own.
func (m *proseModels) tagTokens(toks []prose.Token) {
	sc := getScratch()
	defer putScratch(sc)
	m.pos.tag(toks, m.wordInfos(toks, sc), sc)
}

// labelTokens labels the tagged toks as Tag does, with a scratch of its
// own.
func (m *proseModels) labelTokens(toks []prose.Token) {
	sc := getScratch()
	defer putScratch(sc)
	ids := make([]int, len(toks))
	for i := range toks {
		ids[i] = m.pos.tagIx.id(toks[i].Tag)
	}
	m.ner.label(toks, m.wordInfos(toks, sc), ids, sc)
}
