package extract

import (
	"github.com/kgbuild/kg/internal/prefilter"
	"github.com/kgbuild/kg/layout"
	"github.com/kgbuild/kg/nlp"
)

// keptMatches keeps, from one reading of a document's prose to the next,
// what depends on the text of a sentence alone: its words, the matches of
// the spotters' costliest expressions (see sentenceExpr), whether it lists
// credits, and the relation patterns' matches in its masked text. The
// trial and the final reading mask most sentences alike (they differ
// where the final reading's lexicon finds other names), and a pattern's
// matches depend on nothing but the text it reads: a later reading takes
// a sentence's matches only when its masked text and the start of its
// description are those they were found in, and runs the patterns again
// otherwise. A document's readings run one after another, never at once.
type keptMatches struct {
	byStart map[int]*sentenceMatches // by the sentence's start in the document
	texts   map[int]*textMatches     // likewise, see sentenceExpr
	words   map[int]*keptWords       // likewise
	credits map[string]bool          // listsCredits by the sentence's text
}

// newKeptMatches returns an empty keptMatches.
func newKeptMatches() *keptMatches {
	return &keptMatches{byStart: map[int]*sentenceMatches{}, texts: map[int]*textMatches{},
		words: map[int]*keptWords{}, credits: map[string]bool{}}
}

// foundLocs keeps the matches of numbered expressions in one text: ran
// has bit i set when expression i was run, and found holds the matches of
// those that matched.
type foundLocs struct {
	ran   []uint64
	found []idLocs
}

// idLocs are the submatch indexes of the matches of expression id, one
// match after another, width indexes each, as 32-bit numbers in one
// array: as FindAllStringSubmatchIndex gives them, a slice of their own
// for each match, they were the largest of the matches a document keeps
// from its trial reading to its final one, and every document's are held
// at once between the two.
type idLocs struct {
	id, width int32
	locs      []int32
}

// packLocs packs the matches of expression id; ok is false when an index
// does not fit in 32 bits.
func packLocs(id int, locs [][]int) (l idLocs, ok bool) {
	l = idLocs{id: int32(id), width: int32(len(locs[0])), locs: make([]int32, 0, len(locs)*len(locs[0]))}
	for _, m := range locs {
		if len(m) != int(l.width) {
			return l, false
		}
		for _, v := range m {
			if v != int(int32(v)) {
				return l, false
			}
			l.locs = append(l.locs, int32(v))
		}
	}
	return l, true
}

// matches returns the matches as FindAllStringSubmatchIndex gives them.
func (l idLocs) matches() [][]int {
	w := int(l.width)
	if w == 0 {
		return nil
	}
	all := make([]int, len(l.locs))
	for i, v := range l.locs {
		all[i] = int(v)
	}
	out := make([][]int, len(all)/w)
	for i := range out {
		out[i] = all[i*w : (i+1)*w : (i+1)*w]
	}
	return out
}

// submatcher is a compiled expression, of package regexp or prefilter.
type submatcher interface {
	FindAllStringSubmatchIndex(s string, n int) [][]int
}

// findAll returns re's FindAllStringSubmatchIndex(text, -1), where re is
// expression id and text the one the matches are kept for: those kept,
// or those it finds now, which are kept.
func (f *foundLocs) findAll(id int, re submatcher, text string) [][]int {
	w, bit := id/64, uint64(1)<<(id%64)
	if w < len(f.ran) && f.ran[w]&bit != 0 {
		for _, l := range f.found {
			if int(l.id) == id {
				return l.matches()
			}
		}
		return nil
	}
	locs := re.FindAllStringSubmatchIndex(text, -1)
	var packed idLocs
	if locs != nil {
		var ok bool
		if packed, ok = packLocs(id, locs); !ok {
			return locs // not kept: the next reading runs re again
		}
	}
	if w >= len(f.ran) {
		f.ran = append(f.ran, make([]uint64, w+1-len(f.ran))...)
	}
	f.ran[w] |= bit
	if locs != nil {
		f.found = append(f.found, packed)
	}
	return locs
}

// sentenceMatches are the relation patterns' matches in one masked
// sentence, by the pattern's index in relPatterns.
type sentenceMatches struct {
	masked    string
	descStart int
	present   prefilter.Bits // relIndex().Scan(masked)
	foundLocs
}

// sentenceMatches returns the kept matches of masked sentence x, or a new
// record of them when no reading kept any for the same text (and the
// record is kept, when the state keeps matches).
func (s *docState) sentenceMatches(x *maskedSentence) *sentenceMatches {
	if k := s.kept; k != nil {
		if m := k.byStart[x.sn.Span.Start]; m != nil && m.masked == x.masked && m.descStart == x.descStart {
			return m
		}
	}
	m := &sentenceMatches{masked: x.masked, descStart: x.descStart, present: relIndex().Scan(x.masked)}
	if k := s.kept; k != nil {
		k.byStart[x.sn.Span.Start] = m
	}
	return m
}

// sentenceExpr is an expression a spotter runs on the whole text of a
// sentence, whose matches a reading keeps for the next: a sentence's text
// is the same in every reading.
type sentenceExpr struct {
	re *prefilter.Regexp
	id int
}

// sentenceExprs counts the expressions made by keptExpr.
var sentenceExprs int

// keptExpr makes re a sentenceExpr; it is meant for package variables.
func keptExpr(re *prefilter.Regexp) *sentenceExpr {
	sentenceExprs++
	return &sentenceExpr{re: re, id: sentenceExprs - 1}
}

// textMatches are the kept matches of the sentenceExprs run on one
// sentence's text, by their ids.
type textMatches struct {
	text string
	foundLocs
}

// findAll is e's FindAllStringSubmatchIndex(st.Span.Text, -1), kept from
// an earlier reading of the sentence when it ran e.
func (s *docState) findAll(e *sentenceExpr, st *sentence) [][]int {
	text := st.Span.Text
	if s.kept == nil {
		return e.re.FindAllStringSubmatchIndex(text, -1)
	}
	t := s.kept.texts[st.Span.Start]
	if t == nil || t.text != text {
		t = &textMatches{text: text}
		s.kept.texts[st.Span.Start] = t
	}
	return t.findAll(e.id, e.re, text)
}

// The spotters' expressions whose matches are kept: the costliest of those
// run on every sentence's text.
var (
	castParenKept = keptExpr(castParen)
	placePairKept = keptExpr(placePair)
	yearTitleKept = keptExpr(yearTitle)
)

// keptWords are a sentence's words kept from reading to reading: they
// depend on the sentence's text only. Each word is kept as its start and
// its end in the sentence (the end's top bit marks a possessive): in
// 16 bits each (short) for a sentence shorter than shortPossBit, as
// nearly all are, a sixth of the memory of the words themselves, which
// are slices of the text; in 32 bits otherwise; as the words themselves
// when even that cannot be (long holds the last two, which are rare).
type keptWords struct {
	text  string
	short []uint16
	long  *longWords
}

// longWords are the words of a sentence that short cannot keep.
type longWords struct {
	packed []uint32
	ws     []word
}

// possBit and shortPossBit mark a possessive word's end in
// longWords.packed and keptWords.short.
const (
	possBit      = 1 << 31
	shortPossBit = 1 << 15
)

// newSentence makes the record of sentence sn of block blk for a reading,
// with the words an earlier reading of the same text found. No reading
// changes a sentence's words.
func (s *docState) newSentence(sn nlp.Sentence, blk layout.Block) *sentence {
	st := &sentence{Sentence: sn, blk: blk}
	if s.kept == nil {
		st.ws = sentenceWords(sn.Span)
		return st
	}
	if k := s.kept.words[sn.Span.Start]; k != nil && k.text == sn.Span.Text {
		st.ws = k.words(sn.Span.Start)
		return st
	}
	st.ws = sentenceWords(sn.Span)
	s.kept.words[sn.Span.Start] = packWords(sn.Span.Text, sn.Span.Start, st.ws)
	return st
}

// packWords keeps ws, the words of text, which starts at base.
func packWords(text string, base int, ws []word) *keptWords {
	if len(text) < shortPossBit {
		if short, ok := packOffsets(text, base, ws, uint16(shortPossBit)); ok {
			return &keptWords{text: text, short: short}
		}
	} else if packed, ok := packOffsets(text, base, ws, uint32(possBit)); ok {
		return &keptWords{text: text, long: &longWords{packed: packed}}
	}
	return &keptWords{text: text, long: &longWords{ws: ws}}
}

// packOffsets packs the starts and ends of ws in text, which starts at
// base, poss marking a possessive; ok is false when a word does not fit.
func packOffsets[T uint16 | uint32](text string, base int, ws []word, poss T) (out []T, ok bool) {
	out = make([]T, 0, 2*len(ws))
	for _, w := range ws {
		start, end := w.Start-base, w.End-base
		if start < 0 || end < start || end > len(text) || end >= int(poss) || text[start:end] != w.Text {
			return nil, false
		}
		e := T(end)
		if w.Poss {
			e |= poss
		}
		out = append(out, T(start), e)
	}
	return out, true
}

// unpackOffsets reverses packOffsets.
func unpackOffsets[T uint16 | uint32](text string, base int, packed []T, poss T) []word {
	ws := make([]word, len(packed)/2)
	for i := range ws {
		start, e := int(packed[2*i]), packed[2*i+1]
		end := int(e &^ poss)
		ws[i] = word{Text: text[start:end], Start: base + start, End: base + end, Poss: e&poss != 0}
	}
	return ws
}

// words returns the kept words of the sentence, which starts at base.
func (k *keptWords) words(base int) []word {
	switch {
	case k.short != nil:
		return unpackOffsets(k.text, base, k.short, uint16(shortPossBit))
	case k.long.packed != nil:
		return unpackOffsets(k.text, base, k.long.packed, uint32(possBit))
	}
	return k.long.ws
}

// listsCredits is listsCredits(sentence), kept for the next reading: the
// relation patterns ask it of a sentence as the spotters do.
func (s *docState) listsCredits(sentence string) bool {
	if s.kept == nil {
		return listsCredits(sentence)
	}
	v, ok := s.kept.credits[sentence]
	if !ok {
		v = listsCredits(sentence)
		s.kept.credits[sentence] = v
	}
	return v
}
