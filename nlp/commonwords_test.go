package nlp

import (
	"flag"
	"os"
	"slices"
	"strings"
	"testing"
)

var updateCommon = flag.Bool("update", false, "rewrite names/words/common-english.txt from the tagger's model")

const commonEnglishPath = "../names/words/common-english.txt"

// commonEnglish returns the lower-case words of three letters or more that
// the tagger's model knows as common words: those it tags with one tag
// that is no proper noun's, and those whose word feature weighs most for a
// tag that is no proper noun's and weighs for a noun, adjective, verb or
// adverb.
func commonEnglish(p *perceptron) []string {
	isProper := func(c string) bool { return c == "NNP" || c == "NNPS" }
	isOpen := func(c string) bool {
		for _, pre := range []string{"NN", "JJ", "VB", "RB"} {
			if strings.HasPrefix(c, pre) {
				return true
			}
		}
		return false
	}
	plain := func(w string) bool { return len(w) >= 3 && strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") == "" }
	var out []string
	for w, row := range p.tables[pWord] {
		if !plain(w) {
			continue
		}
		best, bw, open := "", -1e18, 0.0
		for _, cw := range row {
			c := p.classes[cw.class]
			if cw.w > bw || cw.w == bw && c < best { // ties broken by name: rows come in map order
				best, bw = c, cw.w
			}
			if !isProper(c) && isOpen(c) && cw.w > open {
				open = cw.w
			}
		}
		if !isProper(best) && open > 0 {
			out = append(out, w)
		}
	}
	for w, tag := range p.tagMap {
		if plain(w) && !isProper(tag) {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// TestCommonEnglishList checks that the list of common English words in
// package names is the one the tagger's model gives (-update rewrites it).
func TestCommonEnglishList(t *testing.T) {
	p, err := loadPerceptron()
	if err != nil {
		t.Fatal(err)
	}
	want := commonEnglish(p)
	data, err := os.ReadFile(commonEnglishPath)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	if *updateCommon {
		body := lines[0] + "\n" + strings.Join(want, "\n") + "\n"
		if err := os.WriteFile(commonEnglishPath, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if got := lines[1:]; !slices.Equal(got, want) {
		t.Errorf("%s has %d words, the model gives %d: run go test ./nlp -run TestCommonEnglishList -update", commonEnglishPath, len(got), len(want))
	}
	for _, w := range []string{"entertainment", "stand", "film"} {
		if _, ok := slices.BinarySearch(want, w); !ok {
			t.Errorf("%q is missing from the common words", w)
		}
	}
	for _, w := range []string{"boston", "chicago"} {
		if _, ok := slices.BinarySearch(want, w); ok {
			t.Errorf("%q, a place's name, is among the common words", w)
		}
	}
}
