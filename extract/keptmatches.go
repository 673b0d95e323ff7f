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
	present   prefilter.Bits // relIndex.Scan(masked)
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
	m := &sentenceMatches{masked: x.masked, descStart: x.descStart, present: relIndex.Scan(x.masked)}
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
// its end in the sentence (the end's top bit marks a possessive), a
// third of the memory of the words themselves, which are slices of the
// text, or a sixth in short, 16-bit form (short, for a sentence shorter
// than shortPossBit, as nearly all are); ws keeps the words of a
// sentence that cannot be packed so.
type keptWords struct {
	text   string
	packed []uint32
	short  []uint16
	ws     []word
}

// possBit and shortPossBit mark a possessive word's end in
// keptWords.packed and keptWords.short.
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
		return packShortWords(text, base, ws)
	}
	k := &keptWords{text: text, packed: make([]uint32, 0, 2*len(ws))}
	for _, w := range ws {
		start, end := w.Start-base, w.End-base
		if start < 0 || end < start || end > len(text) || end >= possBit || text[start:end] != w.Text {
			return &keptWords{text: text, ws: ws}
		}
		e := uint32(end)
		if w.Poss {
			e |= possBit
		}
		k.packed = append(k.packed, uint32(start), e)
	}
	return k
}

// packShortWords is packWords for a text shorter than shortPossBit.
func packShortWords(text string, base int, ws []word) *keptWords {
	k := &keptWords{text: text, short: make([]uint16, 0, 2*len(ws))}
	for _, w := range ws {
		start, end := w.Start-base, w.End-base
		if start < 0 || end < start || end > len(text) || text[start:end] != w.Text {
			return &keptWords{text: text, ws: ws}
		}
		e := uint16(end)
		if w.Poss {
			e |= shortPossBit
		}
		k.short = append(k.short, uint16(start), e)
	}
	return k
}

// words returns the kept words of the sentence, which starts at base.
func (k *keptWords) words(base int) []word {
	if k.short != nil {
		ws := make([]word, len(k.short)/2)
		for i := range ws {
			start, e := int(k.short[2*i]), k.short[2*i+1]
			end := int(e &^ shortPossBit)
			ws[i] = word{Text: k.text[start:end], Start: base + start, End: base + end, Poss: e&shortPossBit != 0}
		}
		return ws
	}
	if k.packed == nil {
		return k.ws
	}
	ws := make([]word, len(k.packed)/2)
	for i := range ws {
		start, e := int(k.packed[2*i]), k.packed[2*i+1]
		end := int(e &^ possBit)
		ws[i] = word{Text: k.text[start:end], Start: base + start, End: base + end, Poss: e&possBit != 0}
	}
	return ws
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
