package nlp

import (
	"strconv"
	"strings"
	"sync"

	"github.com/jdkato/prose/v2"
)

// wordInfo is what the tagger and the entity classifier read of a token's
// text alone, found once per word and kept (see scratch): most of their
// work per token was finding the same rows for the same words again, one
// map lookup per feature, and lowering, shaping and normalising the word.
// What depends on the tokens around (tags, labels, neighbours) is read at
// each token, from the wordInfo of each neighbour.
type wordInfo struct {
	// The tagger's: the tag of a word it does not score (fixed, when
	// isFixed) and its number, the word as its context holds it and the
	// rows of that and of its suffix and of "i-1 tag+i word" by tag, and
	// the rows of the word's own suffix and first byte.
	fixed           string
	fixedID         int
	isFixed         bool
	ctx             string
	prevTagWord     []tagRow[[]classWeight]
	ctxWord, ctxSuf *[pNFeat][]classWeight
	suffix, pref1   []classWeight
	// The classifier's: the word in lower case and its rows, the rows of
	// the features of the word alone, and its shape.
	lower                                     string
	low                                       *strRows
	wordlist, word, prefix3, suffix3, wordlen []float64
	shape                                     int
	wordNext                                  []tagRow[[]float64] // the rows of word+nextpos of lower, by tag
}

// newWordInfo finds what the models read of the word w.
func (m *proseModels) newWordInfo(w string) *wordInfo {
	wi := &wordInfo{}
	m.pos.fillWordInfo(wi, w)
	m.ner.rows.fillWordInfo(wi, w)
	return wi
}

// fillWordInfo fills the tagger's part of wi for the word w.
func (p *perceptron) fillWordInfo(wi *wordInfo, w string) {
	wi.fixed, wi.isFixed = p.fixedTag(w)
	wi.fixedID = p.tagIx.id(wi.fixed)
	wi.ctx = normalizeWord(w)
	wi.prevTagWord = p.tagRows.prevWord[wi.ctx]
	wi.ctxWord, wi.ctxSuf = p.strs[wi.ctx], p.strs[suffix3(wi.ctx)]
	wi.suffix = row(p.strs[suffix3(w)], pSuffix)
	wi.pref1 = p.pref1[w[0]]
}

// markerInfo is the wordInfo of a start or end marker of the tagger's
// context: only its context rows are read.
func (p *perceptron) markerInfo(marker string) *wordInfo {
	return &wordInfo{ctx: marker, ctxWord: p.strs[marker], ctxSuf: p.strs[suffix3(marker)]}
}

// fillWordInfo fills the classifier's part of wi for the word w.
func (r *featureRows) fillWordInfo(wi *wordInfo, w string) {
	var buf []byte
	wi.lower = strings.ToLower(w)
	wi.low = r.strs[wi.lower]
	wi.wordNext = r.nextByWord[wi.lower]
	rows := wi.low // the rows of w when it is its own lower case, as most words are
	if wi.lower != w {
		rows = r.strs[w]
	}
	wi.wordlist = r.wordlist[0]
	if rows != nil {
		wi.wordlist, wi.word = r.wordlist[boolIndex(rows.basic)], rows.word
	}
	if p := r.lowerStr(w[:min(len(w), 3)], &buf); p != nil {
		wi.prefix3 = p.prefix3
	}
	if s := r.lowerStr(suffix3(w), &buf); s != nil {
		wi.suffix3 = s.suffix3
	}
	if len(w) < len(r.wordlen) {
		wi.wordlen = r.wordlen[len(w)]
	} else {
		wi.wordlen = r.wordlenFT[strconv.Itoa(len(w))]
	}
	wi.shape = shapeID(wordShape(w))
}

// suffix3 is a word's last three bytes, as prose cuts its suffixes.
func suffix3(w string) string { return w[len(w)-min(len(w), 3):] }

// maxWords bounds the words a scratch keeps: a run over many documents
// meets a long tail of words seen once, which would otherwise be kept to
// the end.
const maxWords = 1 << 15

// scratch is what tagging a text needs beside the models, kept from text
// to text: the wordInfo of the words met so far, and buffers. One
// goroutine uses a scratch at a time (getScratch, putScratch).
type scratch struct {
	words  map[string]*wordInfo
	infos  []*wordInfo // by token
	places []*wordInfo // by place of the tagger's context
	scores []float64
	seen   []bool
	key    []byte
	tagIDs []int // by token
	// proseTokens': the splits of the chunks met, by chunk, and buffers.
	splits   map[string][]string
	lastSeen map[string]int
	first    []int
	toks     []prose.Token
	src      []int
}

func newScratch() *scratch {
	return &scratch{words: map[string]*wordInfo{}, splits: map[string][]string{}, lastSeen: map[string]int{}}
}

// scratches are the scratches not in use. A pool keeps a scratch while
// texts are tagged, as every text puts its scratch back, and lets the
// collector take them once no more are: their words are then memory
// that the later stages could use.
var scratches = sync.Pool{New: func() any { return newScratch() }}

func getScratch() *scratch { return scratches.Get().(*scratch) }

func putScratch(sc *scratch) { scratches.Put(sc) }

// wordInfos returns the wordInfo of each token of toks, in sc.infos.
func (m *proseModels) wordInfos(toks []prose.Token, sc *scratch) []*wordInfo {
	if len(sc.words) > maxWords {
		clear(sc.words)
	}
	infos := sc.infos[:0]
	for i := range toks {
		wi := sc.words[toks[i].Text]
		if wi == nil {
			w := strings.Clone(toks[i].Text) // not the document's text, which the key would keep
			wi = m.newWordInfo(w)
			sc.words[w] = wi
		}
		infos = append(infos, wi)
	}
	sc.infos = infos
	return infos
}
