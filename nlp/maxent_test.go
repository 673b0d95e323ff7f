package nlp

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/jdkato/prose/v2"
)

// TestLabelSameAsTables checks that label, which finds the entity model's
// weights through featureRows, gives every token of the development
// corpora the label that looking each feature up in its own table gives
// (labelByTables, the way label worked before).
func TestLabelSameAsTables(t *testing.T) {
	m, err := sharedModels()
	if err != nil {
		t.Fatal(err)
	}
	compareOnCorpora(t, func(toks []prose.Token) ([]prose.Token, []prose.Token) {
		m.tagTokens(toks)
		want := append([]prose.Token(nil), toks...)
		m.ner.labelByTables(want)
		m.labelTokens(toks)
		return toks, want
	}, func(tok prose.Token) string { return tok.Label })
}

// compareOnCorpora runs each document of the corpora (corpusFiles)
// through run, which returns the tokens as the fast way and as the
// tables' way left them, and fails at the first token whose field (label
// or tag, read by field) differs, or when too few tokens were compared to
// mean anything.
func compareOnCorpora(t *testing.T, run func([]prose.Token) (got, want []prose.Token), field func(prose.Token) string) {
	t.Helper()
	tokens := 0
	for _, f := range corpusFiles(t) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		toks, _ := proseTokens(string(b))
		got, want := run(toks)
		for i := range got {
			if field(got[i]) != field(want[i]) {
				t.Fatalf("%s: token %d %q: %q, by the tables %q", f, i, got[i].Text, field(got[i]), field(want[i]))
			}
		}
		tokens += len(got)
	}
	if tokens < 10000 {
		t.Errorf("only %d tokens compared", tokens)
	}
}

// corpusFiles are the documents the models are checked on: the seed and
// three development corpora.
func corpusFiles(t *testing.T) []string {
	var files []string
	for _, dir := range []string{"../sources/ballard", "../eval/testdata/tuning/corpus", "../eval/testdata/heldout/corpus", "../eval/testdata/realtune/corpus"} {
		more, err := filepath.Glob(dir + "/*")
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, more...)
	}
	if len(files) < 10 {
		t.Fatalf("%d files in the corpora", len(files))
	}
	return files
}

// BenchmarkLabel labels the tokens of the seed corpus with the entity
// model.
func BenchmarkLabel(b *testing.B) {
	m, err := sharedModels()
	if err != nil {
		b.Fatal(err)
	}
	all, size := seedTokens(b)
	m.tagTokens(all)
	b.SetBytes(int64(size))
	for b.Loop() {
		m.labelTokens(all)
	}
}

// labelByTables labels as label does, looking each feature's value up in
// its own table.
func (me *maxent) labelByTables(toks []prose.Token) {
	scores := make([]float64, len(me.labels))
	prev := "None"
	var vals [2][nFeat]string
	var shapes [2]string
	for i := range toks {
		v := &vals[i%2]
		shapes[i%2] = fixedFeatures(toks, i, v)
		prevShape := "None"
		if i >= 2 {
			prevShape = shapes[(i-1)%2]
		}
		for li := range scores {
			scores[li] = 0
		}
		for f := 0; f < nFeat; f++ {
			val := v[f]
			switch f {
			case fPrevtag:
				val = prev
			case fPosPrevtag:
				val = toks[i].Tag + "+" + prev
			case fShapePrevtag:
				val = prevShape + "+" + prev
			}
			for li, w := range me.tables[f][val] {
				scores[li] += w
			}
		}
		best, bestScore := "", negInf
		for li, s := range scores {
			if s > bestScore {
				best, bestScore = me.labels[li], s
			}
		}
		toks[i].Label = best
		prev = me.prevOf(best)
	}
}

// fixedFeatures fills the features of token i that its own text and its
// neighbours' give, as prose computes them, and returns its shape.
func fixedFeatures(toks []prose.Token, i int, v *[nFeat]string) string {
	word := toks[i].Text
	lower := strings.ToLower(word)
	shape := wordShape(word)
	v[fBias] = "True"
	v[fWord] = word
	v[fPos] = toks[i].Tag
	v[fWordlist] = "False"
	if basicWords[word] {
		v[fWordlist] = "True"
	}
	v[fWordLower] = lower
	v[fSuffix3] = strings.ToLower(word[len(word)-min(len(word), 3):])
	v[fPrefix3] = strings.ToLower(word[:min(len(word), 3)])
	v[fShape] = shape
	v[fWordlen] = strconv.Itoa(len(word))
	v[fPrevword], v[fPrevpos] = "None", "None"
	if i > 0 {
		v[fPrevword] = strings.ToLower(toks[i-1].Text)
		v[fPrevpos] = toks[i-1].Tag
	}
	v[fNextword], v[fNextpos] = "None", "None"
	if i < len(toks)-1 {
		v[fNextword] = strings.ToLower(toks[i+1].Text)
		v[fNextpos] = strings.ToLower(toks[i+1].Tag)
	}
	v[fWordNextpos] = lower + "+" + v[fNextpos]
	return shape
}

// seedTokens are prose's tokens of the seed corpus, and its size in bytes.
func seedTokens(b *testing.B) ([]prose.Token, int) {
	files, err := filepath.Glob("../sources/ballard/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatalf("seed corpus: %v", err)
	}
	var all []prose.Token
	size := 0
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		toks, _ := proseTokens(string(text))
		all = append(all, toks...)
		size += len(text)
	}
	return all, size
}
