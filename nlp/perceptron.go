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
	weights map[string][]classWeight
}

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
	p := &perceptron{classes: classes, tagMap: tags, weights: make(map[string][]classWeight, len(wts))}
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
		p.weights[feat] = row
	}
	return p, nil
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
		case commonregex.LinkRegex.MatchString(word) || commonregex.EmailRegex.MatchString(word) || strings.HasPrefix(word, "@"):
			tag = "NN"
		case tagNone.MatchString(word):
			tag = "-NONE-"
		case tagKeep.MatchString(word):
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
	add := func(parts ...string) {
		k := (*key)[:0]
		for j, s := range parts {
			if j > 0 {
				k = append(k, ' ')
			}
			k = append(k, s...)
		}
		*key = k
		for _, cw := range p.weights[string(k)] {
			scores[cw.class] += cw.w
			seen[cw.class] = true
		}
	}
	add("bias")
	add("i suffix", w[len(w)-min(len(w), 3):])
	add("i pref1", string(rune(w[0]))) // prose converts the first byte as a rune
	add("i-1 tag", p1)
	add("i-2 tag", p2)
	add("i tag+i-2 tag", p1, p2)
	add("i word", ctx[i])
	add("i-1 tag+i word", p1, ctx[i])
	add("i-1 word", ctx[i-1])
	add("i-1 suffix", ctx[i-1][len(ctx[i-1])-min(len(ctx[i-1]), 3):])
	add("i-2 word", ctx[i-2])
	add("i+1 word", ctx[i+1])
	add("i+1 suffix", ctx[i+1][len(ctx[i+1])-min(len(ctx[i+1]), 3):])
	add("i+2 word", ctx[i+2])
	best, bestScore := "", negInf
	for c, s := range scores {
		if seen[c] && s > bestScore {
			best, bestScore = p.classes[c], s
		}
	}
	return best
}

// normalizeWord is prose's normalisation of a word of the tagger's context.
func normalizeWord(word string) string {
	if word == "" {
		return word
	}
	first := string(word[0])
	if strings.Contains(word, "-") && first != "-" {
		return "!HYPHEN"
	} else if _, err := strconv.Atoi(word); err == nil && len(word) == 4 {
		return "!YEAR"
	} else if _, err := strconv.Atoi(first); err == nil {
		return "!DIGITS"
	}
	return strings.ToLower(word)
}
