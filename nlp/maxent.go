package nlp

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// maxent labels tokens with prose's named-entity model (a maximum-entropy
// classifier over 17 features of a token and its neighbours), giving the
// labels prose's own classifier gives, at a fraction of its cost: prose
// joins every feature name, value and label into a string and looks it up
// in one map, 17 features times 9 labels per token, and compiles two
// regular expressions per token for its word shape. Here each feature has
// its own table from value to the weights of every label, arranged so that
// a token costs six lookups (featureRows); the weights are added in prose's
// order, so the scores are the same floating-point numbers and the labels
// the same.
type maxent struct {
	labels []string
	prev   []string      // the prevtag feature value of each label
	tables [nFeat]wtable // by feature, in prose's feature order
	rows   featureRows   // the same weights, found with fewer lookups
}

// wtable maps a feature value to the weight of each label (0 when the
// model has no such joint feature, which adds nothing, as in prose).
type wtable map[string][]float64

// The features, in the order prose adds their weights.
const (
	fBias = iota
	fWordlist
	fNextpos
	fNextword
	fPos
	fPosPrevtag
	fPrefix3
	fPrevpos
	fPrevtag
	fPrevword
	fShape
	fShapePrevtag
	fSuffix3
	fWord
	fWordNextpos
	fWordLower
	fWordlen
	nFeat
)

// featureNames are prose's names of the features, by index.
var featureNames = [nFeat]string{
	"bias", "en-wordlist", "nextpos", "nextword", "pos", "pos+prevtag",
	"prefix3", "prevpos", "prevtag", "prevword", "shape", "shape+prevtag",
	"suffix3", "word", "word+nextpos", "word.lower", "wordlen"}

// loadMaxent decodes prose's entity model from its embedded assets.
func loadMaxent() (*maxent, error) {
	var labels []string
	var mapping map[string]int
	var weights []float64
	for name, v := range map[string]any{"labels": &labels, "mapping": &mapping, "weights": &weights} {
		if err := decodeAsset("model/Maxent/"+name+".gob", v); err != nil {
			return nil, err
		}
	}
	return newMaxent(labels, mapping, weights)
}

// newMaxent splits prose's joint-feature keys ("name-value-label") into
// per-feature tables.
func newMaxent(labels []string, mapping map[string]int, weights []float64) (*maxent, error) {
	me := &maxent{labels: labels}
	for f := range me.tables {
		me.tables[f] = wtable{}
	}
	for key, idx := range mapping {
		f, val, li, ok := me.splitKey(key)
		if !ok || idx >= len(weights) {
			return nil, fmt.Errorf("entity model: unreadable feature %q", key)
		}
		row := me.tables[f][val]
		if row == nil {
			row = make([]float64, len(labels))
			me.tables[f][val] = row
		}
		row[li] = weights[idx]
	}
	me.index()
	return me, nil
}

// index makes what the classifier reads beside its tables: each label's
// prevtag value, and the rows of the tables arranged for fewer lookups.
func (me *maxent) index() {
	me.prev = me.prev[:0]
	for _, l := range me.labels {
		me.prev = append(me.prev, simpleLabel(l))
	}
	me.rows = me.indexRows()
}

// splitKey finds the feature and label of a joint-feature key. Feature
// names are told apart by the "-" after them ("word-" is not a prefix of
// "word+nextpos-"); labels by the "-" before them.
func (me *maxent) splitKey(key string) (f int, val string, label int, ok bool) {
	f = -1
	for i, n := range featureNames {
		if strings.HasPrefix(key, n+"-") {
			f = i
			break
		}
	}
	if f < 0 {
		return 0, "", 0, false
	}
	rest := key[len(featureNames[f])+1:]
	for li, l := range me.labels {
		if strings.HasSuffix(rest, "-"+l) {
			return f, rest[:len(rest)-len(l)-1], li, true
		}
	}
	return 0, "", 0, false
}

// simpleLabel is prose's prevtag value of a label: "B" for "B-PERSON",
// "O" for "O" (and "v" for a label starting with V, which none does).
func simpleLabel(l string) string {
	if strings.HasPrefix(l, "V") {
		return "v"
	}
	return strings.Split(l, "-")[0]
}

var negInf = math.Inf(-1)

func (me *maxent) prevOf(label string) string {
	for li, l := range me.labels {
		if l == label {
			return me.prev[li]
		}
	}
	return simpleLabel(label)
}

// wordShape is prose's shape feature without its regular expressions:
// `\W+$` and `\w+$` test only the last character, which is a word
// character when it is an ASCII letter, digit or underscore.
func wordShape(word string) string {
	if mayBeNumber(word) {
		if _, err := strconv.ParseFloat(word, 64); err == nil {
			return "number"
		}
	}
	if word == "" {
		return "other"
	}
	r, _ := utf8.DecodeLastRuneInString(word)
	if !asciiWord(r) {
		return "punct"
	}
	if strings.ToLower(word) == word {
		return "downcase"
	}
	if strings.Title(word) == word { // prose's feature is defined by it
		return "upcase"
	}
	return "mixedcase"
}

// mayBeNumber reports whether strconv.ParseFloat may read word: a number
// has a digit, and the longest without one is "+Infinity". Most words are
// told apart without the error ParseFloat allocates.
func mayBeNumber(word string) bool {
	for i := 0; i < len(word); i++ {
		if word[i] >= '0' && word[i] <= '9' {
			return true
		}
	}
	return len(word) <= len("+Infinity") && strings.ContainsAny(word, "iInN")
}

func asciiWord(r rune) bool {
	return r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}
