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
}

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
	return p, nil
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

// tag sets the tag of every token, as prose's tagger does token by token.
func (p *perceptron) tag(toks []prose.Token) {
	ctx := make([]string, len(toks)+4)
	ctx[0], ctx[1] = "-START-", "-START2-"
	for i, t := range toks {
		ctx[i+2] = normalizeWord(t.Text)
	}
	ctx[len(ctx)-2], ctx[len(ctx)-1] = "-END-", "-END2-"
	p1, p2 := "-START-", "-START2-"
	scores := make([]float64, len(p.classes))
	seen := make([]bool, len(p.classes))
	var key []byte
	for i := range toks {
		word := toks[i].Text
		tag, found := "", false
		switch {
		case word == "-":
			tag = "-"
		case proseEmoticons[word]:
			tag = "SYM"
		case strings.ContainsAny(word, ".@") && isLinkOrEmail(word) || strings.HasPrefix(word, "@"):
			tag = "NN"
		case (word == "0" || strings.HasPrefix(word, "*")) && tagNone.MatchString(word): // every match is "0" or starts with "*"
			tag = "-NONE-"
		case len(word) == 5 && word[0] == '-' && tagKeep.MatchString(word):
			tag = word
		default:
			if tag, found = p.tagMap[word]; !found {
				tag = p.predict(ctx, i+2, word, p1, p2, scores, seen, &key)
			}
		}
		toks[i].Tag = tag
		p2, p1 = p1, tag
	}
}

// predict scores the classes of the word at ctx[i] with prose's 14
// features and returns the best.
func (p *perceptron) predict(ctx []string, i int, w, p1, p2 string, scores []float64, seen []bool, key *[]byte) string {
	for c := range scores {
		scores[c], seen[c] = 0, false
	}
	weigh := func(row []classWeight) {
		for _, cw := range row {
			scores[cw.class] += cw.w
			seen[cw.class] = true
		}
	}
	add := func(f int, value string) { weigh(p.tables[f][value]) }
	add2 := func(f int, a, b string) { // a feature of two values, joined as prose joins them
		k := append(append(append((*key)[:0], a...), ' '), b...)
		*key = k
		weigh(p.tables[f][string(k)])
	}
	add(pBias, "")
	add(pSuffix, w[len(w)-min(len(w), 3):])
	add(pPref1, string(rune(w[0]))) // prose converts the first byte as a rune
	add(pPrevTag, p1)
	add(pPrev2Tag, p2)
	add2(pTagPair, p1, p2)
	add(pWord, ctx[i])
	add2(pPrevTagWord, p1, ctx[i])
	add(pPrevWord, ctx[i-1])
	add(pPrevSuffix, ctx[i-1][len(ctx[i-1])-min(len(ctx[i-1]), 3):])
	add(pPrev2Word, ctx[i-2])
	add(pNextWord, ctx[i+1])
	add(pNextSuffix, ctx[i+1][len(ctx[i+1])-min(len(ctx[i+1]), 3):])
	add(pNext2Word, ctx[i+2])
	best, bestScore := "", negInf
	for c, s := range scores {
		if seen[c] && s > bestScore {
			best, bestScore = p.classes[c], s
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

// tagNames are the tags the tagger gives: its classes, and the tags of the
// words it tags without scoring.
func (p *perceptron) tagNames() []string {
	tags := append([]string(nil), p.classes...)
	for _, t := range p.tagMap {
		tags = append(tags, t)
	}
	return tags
}
