package nlp

import (
	"maps"
	"slices"
	"sort"
	"strings"
)

// The tags the tagger gives are numbered (tagIndex): the features that
// read the tags of the tokens before a token (the tagger's) or of the
// token after it (the classifier's) find their rows by number, in arrays
// or in short lists kept with a word's wordInfo, where prose joined the
// tags to words and looked the string up in a map at every token. A tag
// with no number (a word the tagger keeps as its own tag, "-ABC-", which
// the model never saw) is looked up by string as before.

// tagIndex numbers the tags: the tagger's classes first (a class's number
// is its index), then the tags of the words it does not score, then the
// start markers of its context.
type tagIndex struct {
	names []string
	ids   map[string]int
}

// id is the number of tag, -1 for a tag without one.
func (t *tagIndex) id(tag string) int {
	if id, ok := t.ids[tag]; ok {
		return id
	}
	return -1
}

func (t *tagIndex) add(tag string) {
	if _, ok := t.ids[tag]; !ok {
		t.ids[tag] = len(t.names)
		t.names = append(t.names, tag)
	}
}

// tagRow is the row of a feature of a word and a tag, for the tag
// numbered tag.
type tagRow[R any] struct {
	tag int
	row R
}

// findTagRow returns the row of tag in rows, nil when none.
func findTagRow[R any](rows []tagRow[R], tag int) R {
	for _, r := range rows {
		if r.tag == tag {
			return r.row
		}
	}
	var none R
	return none
}

// tagRows are the tagger's rows of the features of the tags before a
// token, by tag number.
type perceptronTagRows struct {
	prev, prev2 [][]classWeight
	pair        [][]classWeight                    // by the number of the tag before times the count of tags, plus that of the one before it
	prevWord    map[string][]tagRow[[]classWeight] // "i-1 tag+i word", by word
}

// indexTags numbers the tags the tagger gives and arranges the rows of
// the features of tags by their numbers.
func (p *perceptron) indexTags() {
	p.tagIx = tagIndex{ids: map[string]int{}}
	for _, c := range p.classes {
		p.tagIx.add(c)
	}
	for _, t := range slices.Sorted(maps.Values(p.tagMap)) { // numbered in the same order by every process
		p.tagIx.add(t)
	}
	for _, t := range []string{"-", "SYM", "NN", "-NONE-", contextMarkers[0], contextMarkers[1]} {
		p.tagIx.add(t)
	}
	n := len(p.tagIx.names)
	tr := perceptronTagRows{prev: make([][]classWeight, n), prev2: make([][]classWeight, n),
		pair: make([][]classWeight, n*n), prevWord: map[string][]tagRow[[]classWeight]{}}
	for id, t := range p.tagIx.names {
		tr.prev[id], tr.prev2[id] = p.tables[pPrevTag][t], p.tables[pPrev2Tag][t]
	}
	for key, row := range p.tables[pTagPair] {
		t1, t2, _ := strings.Cut(key, " ") // no tag has a space
		if id1, id2 := p.tagIx.id(t1), p.tagIx.id(t2); id1 >= 0 && id2 >= 0 {
			tr.pair[id1*n+id2] = row
		}
	}
	for key, row := range p.tables[pPrevTagWord] {
		t, word, _ := strings.Cut(key, " ")
		if id := p.tagIx.id(t); id >= 0 {
			tr.prevWord[word] = append(tr.prevWord[word], tagRow[[]classWeight]{id, row})
		}
	}
	for _, rows := range tr.prevWord {
		sortTagRows(rows)
	}
	p.tagRows = tr
}

// tagFeatureRows returns the rows of the features of the tags before a
// token (numbered id1 and id2, named p1 and p2) and of the tag before and
// the word: by number, or by string for a tag without one.
func (p *perceptron) tagFeatureRows(cur *wordInfo, id1, id2 int, p1, p2 string, key *[]byte) (prev, prev2, pair, prevWord []classWeight) {
	tr := &p.tagRows
	if id1 >= 0 && id2 >= 0 {
		return tr.prev[id1], tr.prev2[id2], tr.pair[id1*len(p.tagIx.names)+id2], findTagRow(cur.prevTagWord, id1)
	}
	joined := func(f int, a, b string) []classWeight { // a feature of two values, joined as prose joins them
		k := append(append(append((*key)[:0], a...), ' '), b...)
		*key = k
		return p.tables[f][string(k)]
	}
	return p.tables[pPrevTag][p1], p.tables[pPrev2Tag][p2], joined(pTagPair, p1, p2), joined(pPrevTagWord, p1, cur.ctx)
}

// indexTagIDs arranges the classifier's rows of the tags numbered by tags:
// byID the rows of each tag, nextByWord the rows of word+nextpos by the
// word and the number of the next token's tag (len(tags.names) for
// "None", no token after).
func (r *featureRows) indexTagIDs(tags *tagIndex) {
	r.tagIx = tags
	r.byID = make([]*tagRows, len(tags.names))
	lowers := map[string][]int{"None": {len(tags.names)}}
	for id, t := range tags.names {
		if r.tags[t] == nil {
			r.tags[t] = r.newTagRows(t)
		}
		r.byID[id] = r.tags[t]
		lowers[r.tags[t].lower] = append(lowers[r.tags[t].lower], id)
	}
	r.nextByWord = map[string][]tagRow[[]float64]{}
	for key, row := range r.wordNext {
		i := strings.LastIndexByte(key, '+') // no tag has a '+'
		if i < 0 {
			continue
		}
		word := key[:i]
		for _, id := range lowers[key[i+1:]] {
			r.nextByWord[word] = append(r.nextByWord[word], tagRow[[]float64]{id, row})
		}
	}
	for _, rows := range r.nextByWord {
		sortTagRows(rows)
	}
}

// sortTagRows orders rows by tag, as they are the same in every process.
func sortTagRows[R any](rows []tagRow[R]) {
	sort.Slice(rows, func(i, j int) bool { return rows[i].tag < rows[j].tag })
}

// tagByID returns the rows of the tag numbered id, named tag.
func (r *featureRows) tagByID(id int, tag string) *tagRows {
	if id >= 0 {
		return r.byID[id]
	}
	return r.tagOf(tag)
}

// wordNextRow returns the row of word+nextpos of the token cur before a
// token whose tag is numbered id and whose rows are next (id is
// len(tags) and next nil when there is no token after).
func (r *featureRows) wordNextRow(cur *labelToken, id int, next *tagRows, key *[]byte) []float64 {
	if id >= 0 {
		return findTagRow(cur.wordNext, id)
	}
	*key = append(append(append((*key)[:0], cur.lower...), '+'), next.lower...)
	return r.wordNext[string(*key)]
}
