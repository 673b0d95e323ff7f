package prefilter

import (
	"regexp"
	"testing"
)

// The expressions and texts the index and the wrapper are checked on.
var (
	testExprs = []string{
		`(?i)\b(?:created|developed) by «\d+»`,
		`«\d+»['’]s «\d+»`,
		`(?i)spin-?off of (?:the )?«\d+»`,
		`«\d+» (?:kills|murders) «\d+»`,
		`«\d+»`,
		`(?i)\bkills «\d+»`,
		`(?i)élan «\d+»`,
	}
	testTexts = []string{
		"It was created by «0».", "«0» wrote it.", "DEVELOPED BY «1»", "«0»’s «1»", "«0»'s son and «1»",
		"a spin-off of the «2»", "a Spinoff of «0»", "«0» murders «1»", "«0» meets «1»", "",
		"\u212aILLS «0»", "kill\u017f «0»", "ÉLAN «0»", "élan «0»", "an \xff invalid byte «0»",
		"a \u017fpinoff of «0»",
	}
)

// TestIndex checks that the index admits a text for an expression exactly
// when the expression's prefilter does, and never rejects a match.
func TestIndex(t *testing.T) {
	pres := make([]Prefilter, len(testExprs))
	for i, e := range testExprs {
		pres[i] = New(e)
	}
	ix := NewIndex(pres)
	for _, text := range testTexts {
		bits := ix.Scan(text)
		for i, e := range testExprs {
			got, want := ix.Admits(i, bits), pres[i].Admits(Fold(text))
			if got != want {
				t.Errorf("index admits %q for %q: %v, the prefilter %q says %v", text, e, got, pres[i], want)
			}
			if !got && regexp.MustCompile(e).MatchString(text) {
				t.Errorf("index rejects %q for %q, which matches it", text, e)
			}
		}
	}
}

// TestRegexp checks that the wrapper finds what package regexp finds.
func TestRegexp(t *testing.T) {
	for _, e := range testExprs {
		f, re := MustCompile(e), regexp.MustCompile(e)
		for _, text := range testTexts {
			same := f.MatchString(text) == re.MatchString(text) &&
				f.FindString(text) == re.FindString(text) &&
				equal(f.FindStringIndex(text), re.FindStringIndex(text)) &&
				equal(f.FindStringSubmatchIndex(text), re.FindStringSubmatchIndex(text)) &&
				len(f.FindStringSubmatch(text)) == len(re.FindStringSubmatch(text)) &&
				len(f.FindAllString(text, -1)) == len(re.FindAllString(text, -1)) &&
				len(f.FindAllStringIndex(text, -1)) == len(re.FindAllStringIndex(text, -1)) &&
				len(f.FindAllStringSubmatch(text, -1)) == len(re.FindAllStringSubmatch(text, -1)) &&
				len(f.FindAllStringSubmatchIndex(text, -1)) == len(re.FindAllStringSubmatchIndex(text, -1)) &&
				f.ReplaceAllString(text, "x") == re.ReplaceAllString(text, "x")
			if !same {
				t.Errorf("%q on %q: the wrapper and package regexp differ", e, text)
			}
			if got, want := f.Admits(text), New(e).Admits(Fold(text)); got != want {
				t.Errorf("%q on %q: the wrapper admits %v, its prefilter %v", e, text, got, want)
			}
		}
	}
	if n := len(Compiled()); n < len(testExprs) {
		t.Errorf("Compiled lists %d expressions, want at least %d", n, len(testExprs))
	}
}

// equal reports whether two index slices are the same.
func equal(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// BenchmarkScan reads a sentence of running text with the index of the
// test expressions.
func BenchmarkScan(b *testing.B) {
	pres := make([]Prefilter, len(testExprs))
	for i, e := range testExprs {
		pres[i] = New(e)
	}
	ix := NewIndex(pres)
	text := "In the second season «0» joins the harbor police as a detective, and «1», her former partner, returns from «2» in the finale."
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		ix.Scan(text)
	}
}

// TestMustCompileShort checks that an anchored expression compiled for
// short texts keeps its prefilter, and finds what package regexp finds.
func TestMustCompileShort(t *testing.T) {
	const expr = `^(?P<t>\p{Lu}\w*(?: \p{Lu}\w*)*) (?:is|was) an? (?:\w+ )*?(?i:series|drama)\b`
	if MustCompile(expr).HasPrefilter() {
		t.Errorf("MustCompile gave %q a prefilter: it is anchored", expr)
	}
	f, re := MustCompileShort(expr), regexp.MustCompile(expr)
	if !f.HasPrefilter() {
		t.Fatalf("MustCompileShort gave %q no prefilter", expr)
	}
	cases := []struct {
		name, text string
		admit      bool
	}{
		{"a lead sentence", "Harbor Watch is a British police drama", true},
		{"past tense, other case", "Nightfall was an American crime SERIES.", true},
		{"no verb the expression needs", "Harbor Watch follows a detective", false},
		{"the verb without its noun", "Harbor Watch is a place by the sea", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := f.Admits(c.text); got != c.admit {
				t.Errorf("admits %q: %v, want %v", c.text, got, c.admit)
			}
			if !equal(f.FindStringSubmatchIndex(c.text), re.FindStringSubmatchIndex(c.text)) {
				t.Errorf("on %q the wrapper and package regexp differ", c.text)
			}
		})
	}
}

// BenchmarkAdmits checks one expression's prefilter against a sentence
// that holds its word early, as most admitted sentences do.
func BenchmarkAdmits(b *testing.B) {
	f := MustCompile(`(?i)\b(?:created|developed) by «\d+»`)
	text := "Created by «0», the series follows a detective of the harbor police as she returns from «2» in the finale of the second season."
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if !f.Admits(text) {
			b.Fatal("not admitted")
		}
	}
}
