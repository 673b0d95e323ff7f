package nlp

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/jdkato/prose/v2"
	"github.com/mingrammer/commonregex"
)

// perceptron tags parts of speech with prose's averaged-perceptron model, as
// prose's tagger does, without its per-token maps: prose joins 14 feature
// strings into a fresh map for every token and adds each feature's weights
// into a map of scores. Here the features are looked up one by one in a
// buffer and the scores kept in an array by class. Only the entity
// classifier reads the tags (as features), so they must be prose's; prose
// adds a token's weights in the random order of its map, so the two can
// differ only where two classes score within rounding of each other
// (TestSameAsProse compares them).
type perceptron struct {
	classes []string
	tagMap  map[string]string // words with one tag, taken without scoring
	// tables hold the weights by feature (in the order prose adds them),
	// each by the feature's value: prose's key is the feature's name and
	// its value in one string, which cost a longer key to hash in one
	// larger map.
	tables [pNFeat]map[string][]classWeight
	// strs holds the rows of the features whose values are words of the
	// context or suffixes, by string, so that a word's five features and a
	// suffix's three cost one lookup each (see ctxWindow); pref1 the
	// first-letter feature's rows, by byte.
	strs  map[string]*[pNFeat][]classWeight
	pref1 [256][]classWeight
	bias  []classWeight
	// markers are the wordInfos of contextMarkers.
	markers [4]*wordInfo
	// tagIx numbers the tags, tagRows holds the rows of the features of
	// tags by their numbers (see tagids.go).
	tagIx   tagIndex
	tagRows perceptronTagRows
}

// strFeatures are the features whose values strs holds.
var strFeatures = []int{pSuffix, pWord, pPrevWord, pPrevSuffix, pPrev2Word, pNextWord, pNextSuffix, pNext2Word}

// The tagger's features, in the order prose adds their weights.
const (
	pBias = iota
	pSuffix
	pPref1
	pPrevTag
	pPrev2Tag
	pTagPair
	pWord
	pPrevTagWord
	pPrevWord
	pPrevSuffix
	pPrev2Word
	pNextWord
	pNextSuffix
	pNext2Word
	pNFeat
)

// perceptronFeatures are prose's names of the tagger's features, by index;
// a key of its model is a name, a space and the feature's value ("bias"
// alone has none).
var perceptronFeatures = [pNFeat]string{"bias", "i suffix", "i pref1", "i-1 tag", "i-2 tag", "i tag+i-2 tag", "i word",
	"i-1 tag+i word", "i-1 word", "i-1 suffix", "i-2 word", "i+1 word", "i+1 suffix", "i+2 word"}

type classWeight struct {
	class int
	w     float64
}

// loadPerceptron decodes prose's tagger model from its embedded assets.
func loadPerceptron() (*perceptron, error) {
	var classes []string
	var tags map[string]string
	var wts map[string]map[string]float64
	for name, v := range map[string]any{"classes": &classes, "tags": &tags, "weights": &wts} {
		if err := decodeAsset("model/AveragedPerceptron/"+name+".gob", v); err != nil {
			return nil, err
		}
	}
	p := &perceptron{classes: classes, tagMap: tags}
	for f := range p.tables {
		p.tables[f] = map[string][]classWeight{}
	}
	index := map[string]int{}
	for i, c := range classes {
		index[c] = i
	}
	for feat, ws := range wts {
		row := make([]classWeight, 0, len(ws))
		for c, w := range ws {
			ci, ok := index[c]
			if !ok {
				ci = len(p.classes)
				index[c] = ci
				p.classes = append(p.classes, c)
			}
			row = append(row, classWeight{ci, w})
		}
		if f, value, ok := splitFeature(feat); ok {
			p.tables[f][value] = row
		}
	}
	p.index()
	return p, nil
}

// index makes the tagger's indexes of its tables: strs and pref1.
func (p *perceptron) index() {
	p.strs = map[string]*[pNFeat][]classWeight{}
	for _, f := range strFeatures {
		for value, row := range p.tables[f] {
			rows := p.strs[value]
			if rows == nil {
				rows = new([pNFeat][]classWeight)
				p.strs[value] = rows
			}
			rows[f] = row
		}
	}
	p.bias = p.tables[pBias][""]
	for b := range p.pref1 {
		p.pref1[b] = p.tables[pPref1][string(rune(b))] // prose converts the first byte as a rune
	}
	for k, w := range contextMarkers {
		p.markers[k] = p.markerInfo(w)
	}
	p.indexTags()
}

// splitFeature splits a key of prose's tagger model into its feature and
// the feature's value; false for a key of no feature the tagger adds.
func splitFeature(key string) (int, string, bool) {
	for f, name := range perceptronFeatures {
		if key == name {
			return f, "", f == pBias
		}
		if value, ok := strings.CutPrefix(key, name+" "); ok && f != pBias {
			return f, value, true
		}
	}
	return 0, "", false
}

func decodeAsset(name string, v any) error {
	b, err := prose.Asset(name)
	if err != nil {
		return fmt.Errorf("prose model %s: %w", name, err)
	}
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(v); err != nil {
		return fmt.Errorf("prose model %s: %w", name, err)
	}
	return nil
}

// isLinkOrEmail reports whether word is a link or an address, as prose's
// tagger tells. Both expressions need a full stop or an at sign (a link's
// every branch reads "[.]", an address "@"), so the caller runs them only
// on a word that has one.
func isLinkOrEmail(word string) bool {
	return commonregex.LinkRegex.MatchString(word) || commonregex.EmailRegex.MatchString(word)
}

var (
	tagNone = regexp.MustCompile(`^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`)
	tagKeep = regexp.MustCompile(`^\-[A-Z]{3}\-$`)
)

// tag sets the tag of every token, as prose's tagger does token by token,
// and returns the tags' numbers (-1 for a tag without one); infos are the
// tokens' wordInfos, sc the buffers it uses.
func (p *perceptron) tag(toks []prose.Token, infos []*wordInfo, sc *scratch) []int {
	places := append(sc.places[:0], p.markers[0], p.markers[1])
	places = append(append(places, infos...), p.markers[2], p.markers[3])
	sc.places = places
	p1, p2 := contextMarkers[0], contextMarkers[1]
	id1, id2 := p.tagIx.id(p1), p.tagIx.id(p2)
	if len(sc.scores) < len(p.classes) {
		sc.scores, sc.seen = make([]float64, len(p.classes)), make([]bool, len(p.classes))
	}
	scores, seen := sc.scores[:len(p.classes)], sc.seen[:len(p.classes)]
	ids := sc.tagIDs[:0]
	for i := range toks {
		tag, id := infos[i].fixed, infos[i].fixedID
		if !infos[i].isFixed {
			c := p.predict(places, i+2, id1, id2, p1, p2, scores, seen, &sc.key)
			tag, id = "", -1
			if c >= 0 {
				tag, id = p.classes[c], c // a class is numbered by its index
			}
		}
		toks[i].Tag = tag
		ids = append(ids, id)
		p2, p1 = p1, tag
		id2, id1 = id1, id
	}
	sc.tagIDs = ids
	return ids
}

// contextMarkers are the words of the tagger's context before the first
// token and after the last.
var contextMarkers = [4]string{"-START-", "-START2-", "-END-", "-END2-"}

// fixedTag is the tag of a word that is not scored: punctuation, links
// and the words the model gives one tag; false when the word is scored.
func (p *perceptron) fixedTag(word string) (string, bool) {
	switch {
	case word == "-":
		return "-", true
	case proseEmoticons[word]:
		return "SYM", true
	case strings.ContainsAny(word, ".@") && isLinkOrEmail(word) || strings.HasPrefix(word, "@"):
		return "NN", true
	case (word == "0" || strings.HasPrefix(word, "*")) && tagNone.MatchString(word): // every match is "0" or starts with "*"
		return "-NONE-", true
	case len(word) == 5 && word[0] == '-' && tagKeep.MatchString(word):
		return word, true
	}
	tag, ok := p.tagMap[word]
	return tag, ok
}

// row returns the row of feature f in rows, nil when rows is nil.
func row(rows *[pNFeat][]classWeight, f int) []classWeight {
	if rows == nil {
		return nil
	}
	return rows[f]
}

// predict scores the classes of the word at place i of the context with
// prose's 14 features, adding their weights in prose's feature order, and
// returns the best (-1 when no feature had a weight). The tags before are
// p1 and p2, numbered id1 and id2.
func (p *perceptron) predict(places []*wordInfo, i, id1, id2 int, p1, p2 string, scores []float64, seen []bool, key *[]byte) int {
	for c := range scores {
		scores[c], seen[c] = 0, false
	}
	weigh := func(row []classWeight) {
		for _, cw := range row {
			scores[cw.class] += cw.w
			seen[cw.class] = true
		}
	}
	cur := places[i]
	prev, prev2, pair, prevWord := p.tagFeatureRows(cur, id1, id2, p1, p2, key)
	weigh(p.bias)
	weigh(cur.suffix)
	weigh(cur.pref1)
	weigh(prev)
	weigh(prev2)
	weigh(pair)
	weigh(row(cur.ctxWord, pWord))
	weigh(prevWord)
	weigh(row(places[i-1].ctxWord, pPrevWord))
	weigh(row(places[i-1].ctxSuf, pPrevSuffix))
	weigh(row(places[i-2].ctxWord, pPrev2Word))
	weigh(row(places[i+1].ctxWord, pNextWord))
	weigh(row(places[i+1].ctxSuf, pNextSuffix))
	weigh(row(places[i+2].ctxWord, pNext2Word))
	best, bestScore := -1, negInf
	for c, s := range scores {
		if seen[c] && s > bestScore {
			best, bestScore = c, s
		}
	}
	return best
}

// isInt reports whether strconv.Atoi reads word, without the error it
// allocates for most words.
func isInt(word string) bool {
	if word == "" || (word[0] < '0' || word[0] > '9') && word[0] != '+' && word[0] != '-' {
		return false
	}
	_, err := strconv.Atoi(word)
	return err == nil
}

// normalizeWord is prose's normalisation of a word of the tagger's context.
func normalizeWord(word string) string {
	if word == "" {
		return word
	}
	first := string(word[0])
	if strings.Contains(word, "-") && first != "-" {
		return "!HYPHEN"
	} else if len(word) == 4 && isInt(word) {
		return "!YEAR"
	} else if first[0] >= '0' && first[0] <= '9' { // the one byte strconv.Atoi reads of it
		return "!DIGITS"
	}
	return strings.ToLower(word)
}
