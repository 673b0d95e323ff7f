package nlp

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"
)

// featureRows are the entity model's weights arranged so that labelling a
// token costs six map lookups, not the seventeen of one table per feature,
// and allocates no feature strings: the features whose values are a
// token's text or its lower case, prefix or suffix share one table by
// string, a neighbour's lower case and tag are looked up once and used
// for the three tokens that read them, and the features whose values are
// few (a tag with the label before, a shape, a length) are indexed. Every
// row is the one the per-feature table holds for the same value, so the
// weights added, and their order, are the same.
type featureRows struct {
	bias      []float64
	wordlist  [2][]float64 // by "en-wordlist" value: False, True
	strs      map[string]*strRows
	tags      map[string]*tagRows
	wordNext  wtable // word+nextpos
	none      noneRows
	prevVals  []string    // the prevtag values: each label's, then "None"
	prevID    []int       // label -> its prevtag value in prevVals
	prevtag   [][]float64 // by prevtag value
	shapes    [len(shapeNames)]shapeRows
	wordlen   [64][]float64 // by word length, up to 63 bytes
	wordlenFT wtable        // the table of longer words' lengths
	tables    *[nFeat]wtable
	// tagIx numbers the tagger's tags, byID holds their rows by number and
	// nextByWord the rows of word+nextpos by word and number (see
	// tagids.go).
	tagIx      *tagIndex
	byID       []*tagRows
	nextByWord map[string][]tagRow[[]float64]
}

// noneRows are the rows of the value "None" a missing neighbour gives.
type noneRows struct {
	prevword, nextword, prevpos, nextpos []float64
}

// strRows are the rows of the features a string can be the value of.
type strRows struct {
	basic                                             bool // a word of prose's word list
	word, lower, prefix3, suffix3, prevword, nextword []float64
}

// tagRows are the rows of the features a part-of-speech tag is the value
// of, pos+prevtag by prevtag value, and the tag in lower case (which the
// nextpos feature reads).
type tagRows struct {
	lower                 string
	pos, prevpos, nextpos []float64
	posPrev               [][]float64
}

// shapeRows are the rows of a word shape: its own, and shape+prevtag
// when it is the shape of the token before, by prevtag value.
type shapeRows struct {
	shape []float64
	prev  [][]float64
}

// shapeNames are the values of the shape feature, "None" (no token before)
// first; wordShape gives the others.
var shapeNames = [...]string{"None", "number", "other", "punct", "downcase", "upcase", "mixedcase"}

// shapeID is the place of shape in shapeNames.
func shapeID(shape string) int {
	for i, s := range shapeNames {
		if s == shape {
			return i
		}
	}
	panic("nlp: unknown word shape " + shape)
}

// indexRows arranges the per-feature tables as featureRows.
func (me *maxent) indexRows() featureRows {
	t := &me.tables
	r := featureRows{
		bias: t[fBias]["True"], wordlist: [2][]float64{t[fWordlist]["False"], t[fWordlist]["True"]},
		strs: map[string]*strRows{}, tags: map[string]*tagRows{}, wordNext: t[fWordNextpos],
		none: noneRows{prevword: t[fPrevword]["None"], nextword: t[fNextword]["None"],
			prevpos: t[fPrevpos]["None"], nextpos: t[fNextpos]["None"]},
		wordlenFT: t[fWordlen], tables: t,
	}
	for li := range me.labels {
		id := indexOf(r.prevVals, me.prev[li])
		if id < 0 {
			id = len(r.prevVals)
			r.prevVals = append(r.prevVals, me.prev[li])
		}
		r.prevID = append(r.prevID, id)
	}
	r.prevVals = append(r.prevVals, "None")
	for _, v := range r.prevVals {
		r.prevtag = append(r.prevtag, t[fPrevtag][v])
	}
	for i, sh := range shapeNames {
		r.shapes[i].shape = t[fShape][sh]
		for _, v := range r.prevVals {
			r.shapes[i].prev = append(r.shapes[i].prev, t[fShapePrevtag][sh+"+"+v])
		}
	}
	for n := range r.wordlen {
		r.wordlen[n] = t[fWordlen][strconv.Itoa(n)]
	}
	r.indexStrings(t)
	for _, f := range []int{fPos, fPrevpos} {
		for tag := range t[f] {
			if r.tags[tag] == nil {
				r.tags[tag] = r.newTagRows(tag)
			}
		}
	}
	return r
}

// indexStrings fills strs from the tables whose values are strings of a
// token's text.
func (r *featureRows) indexStrings(t *[nFeat]wtable) {
	entry := func(s string) *strRows {
		e := r.strs[s]
		if e == nil {
			e = &strRows{}
			r.strs[s] = e
		}
		return e
	}
	for s, row := range t[fWord] {
		entry(s).word = row
	}
	for s, row := range t[fWordLower] {
		entry(s).lower = row
	}
	for s, row := range t[fPrefix3] {
		entry(s).prefix3 = row
	}
	for s, row := range t[fSuffix3] {
		entry(s).suffix3 = row
	}
	for s, row := range t[fPrevword] {
		entry(s).prevword = row
	}
	for s, row := range t[fNextword] {
		entry(s).nextword = row
	}
	for w := range basicWords {
		entry(w).basic = true
	}
}

// newTagRows gathers the rows of tag.
func (r *featureRows) newTagRows(tag string) *tagRows {
	t := r.tables
	lower := strings.ToLower(tag)
	tr := &tagRows{lower: lower, pos: t[fPos][tag], prevpos: t[fPrevpos][tag], nextpos: t[fNextpos][lower]}
	for _, v := range r.prevVals {
		tr.posPrev = append(tr.posPrev, t[fPosPrevtag][tag+"+"+v])
	}
	return tr
}

// tagOf returns the rows of tag; a tag the model never saw gets rows made
// for it (those of its features that the model has, if any).
func (r *featureRows) tagOf(tag string) *tagRows {
	if tr := r.tags[tag]; tr != nil {
		return tr
	}
	return r.newTagRows(tag)
}

func indexOf(xs []string, x string) int {
	for i, s := range xs {
		if s == x {
			return i
		}
	}
	return -1
}

// noneTag stands for the tag of the token after the last, which has none.
var noneTag = &tagRows{lower: "None"}

// labelToken is what label knows of a token: its wordInfo, and the number
// and the rows of its tag.
type labelToken struct {
	*wordInfo
	tagID int
	tag   *tagRows
}

// token reads token i of toks for label; ids are the numbers of their
// tags.
func (r *featureRows) token(toks []prose.Token, infos []*wordInfo, ids []int, i int) labelToken {
	return labelToken{wordInfo: infos[i], tagID: ids[i], tag: r.tagByID(ids[i], toks[i].Tag)}
}

// label sets the label each token is given when it is classified: prose's
// greedy left-to-right classification, each token's features read with the
// label given to the one before it. infos are the tokens' wordInfos, ids
// the numbers of their tags, sc the buffers it uses.
func (me *maxent) label(toks []prose.Token, infos []*wordInfo, ids []int, sc *scratch) {
	if len(toks) == 0 {
		return
	}
	r := &me.rows
	if len(sc.scores) < len(me.labels) {
		sc.scores = make([]float64, len(me.labels))
	}
	scores := sc.scores[:len(me.labels)]
	prev := len(r.prevVals) - 1 // "None"
	var before labelToken
	cur := r.token(toks, infos, ids, 0)
	for i := range toks {
		var next labelToken
		if i < len(toks)-1 {
			next = r.token(toks, infos, ids, i+1)
		}
		rows := me.tokenRows(len(toks), i, &before, &cur, &next, prev, &sc.key)
		for li := range scores {
			scores[li] = 0
		}
		for _, row := range rows {
			addRow(scores[:len(row)], row) // every row has a weight a label, or none
		}
		best, bestScore := 0, negInf
		for li, s := range scores {
			if s > bestScore {
				best, bestScore = li, s
			}
		}
		toks[i].Label = me.labels[best]
		prev = r.prevID[best]
		before, cur = cur, next
	}
}

// tokenRows are the rows of the features of token i of n, in prose's
// feature order: before and next are the tokens around it (unread at the
// ends), prev the prevtag value of the label given to the token before.
func (me *maxent) tokenRows(n, i int, before, cur, next *labelToken, prev int, key *[]byte) [nFeat][]float64 {
	r := &me.rows
	var v [nFeat][]float64
	v[fBias] = r.bias
	v[fWordlist], v[fWord] = cur.wordlist, cur.word
	v[fNextpos], v[fNextword] = r.none.nextpos, r.none.nextword
	if i < n-1 {
		v[fNextpos] = next.tag.nextpos
		v[fNextword] = nil
		if next.low != nil {
			v[fNextword] = next.low.nextword
		}
	}
	v[fPos] = cur.tag.pos
	v[fPosPrevtag] = cur.tag.posPrev[prev]
	v[fPrefix3] = cur.prefix3
	v[fPrevpos], v[fPrevword] = r.none.prevpos, r.none.prevword
	if i > 0 {
		v[fPrevpos] = before.tag.prevpos
		v[fPrevword] = nil
		if before.low != nil {
			v[fPrevword] = before.low.prevword
		}
	}
	v[fPrevtag] = r.prevtag[prev]
	v[fShape] = r.shapes[cur.shape].shape
	prevShape := 0 // "None": prose gives the second token no shape before it either
	if i >= 2 {
		prevShape = before.shape
	}
	v[fShapePrevtag] = r.shapes[prevShape].prev[prev]
	v[fSuffix3] = cur.suffix3
	nextID, nextTag := len(r.tagIx.names), noneTag
	if i < n-1 {
		nextID, nextTag = next.tagID, next.tag
	}
	v[fWordNextpos] = r.wordNextRow(cur, nextID, nextTag, key)
	if cur.low != nil {
		v[fWordLower] = cur.low.lower
	}
	v[fWordlen] = cur.wordlen
	return v
}

// lowerStr returns the rows of strings.ToLower(s), lowering an ASCII s
// in *buf rather than in a new string.
func (r *featureRows) lowerStr(s string, buf *[]byte) *strRows {
	b := (*buf)[:0]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return r.strs[strings.ToLower(s)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	*buf = b
	return r.strs[string(b)]
}

func boolIndex(b bool) int {
	if b {
		return 1
	}
	return 0
}

// addRow adds row to scores, label by label, four at a time: each label's
// sum takes the rows in the same order, so it is the same number.
func addRow(scores, row []float64) {
	row = row[:len(scores)]
	i := 0
	for ; i+4 <= len(row); i += 4 {
		s, r := scores[i:i+4:i+4], row[i:i+4:i+4]
		s[0] += r[0]
		s[1] += r[1]
		s[2] += r[2]
		s[3] += r[3]
	}
	for ; i < len(row); i++ {
		scores[i] += row[i]
	}
}
