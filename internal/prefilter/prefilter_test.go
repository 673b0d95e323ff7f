package prefilter

import (
	"regexp"
	"testing"
)

func TestPrefilter(t *testing.T) {
	cases := []struct {
		name, expr, text string
		admit            bool
	}{
		{"literal present", `created by «\d+»`, "It was created by «0».", true},
		{"literal absent", `created by «\d+»`, "«0» wrote it.", false},
		{"case folded", `(?i)\bcreated by «\d+»`, "CREATED BY «0»", true},
		{"case-sensitive literal, other case", `Created by «\d+»`, "created by «0»", true}, // admitted: a prefilter only rejects
		{"alternation, one present", `«\d+» (?:kills|murders) «\d+»`, "«0» murders «1»", true},
		{"alternation, none present", `«\d+» (?:kills|murders) «\d+»`, "«0» meets «1»", false},
		{"optional part left out", `(?i)spin-?off of «\d+»`, "a spinoff of «0»", true},
		{"optional part kept", `(?i)spin-?off of «\d+»`, "a spin-off of «0»", true},
		{"across a marker", `«\d+»['’]s «\d+»`, "«0»’s «1»", true},
		{"possessive elsewhere", `«\d+»['’]s «\d+»`, "«0»’s son and «1»", false},
		{"a marker alone requires nothing", `«\d+»`, "«0»", true},
		{"large class then literal", `(?i)[a-z]+ing «\d+»`, "starring «0»", true},
		{"large class then literal, absent", `(?i)[a-z]+ing «\d+»`, "stars «0»", false},
		{"repeat at least once", `(?:ab){2,3}«\d+»`, "abab«0»", true},
		{"kelvin sign folds to k", `(?i)kills «\d+»`, "\u212aILLS «0»", true},
		{"long s folds to s", `(?i)kills «\d+»`, "kill\u017f «0»", true},
		{"lower case of a non-ASCII letter", `(?i)élan «\d+»`, "ÉLAN «0»", true},
		{"white space folds to a space", `(?i)\bcolleague\s+at «\d+»`, "colleague\tat «0»", true},
		{"words on both sides of white space", `(?i)\bcolleague\s+at «\d+»`, "a colleague, at «0»", false},
		{"a repeated part's ends", `x(?:ab)+y`, "xababy", true},
		{"a repeated part's ends, apart", `x(?:ab)+y`, "xab y", false},
		{"an alternation's ends", `«\d+» (?:kills|murders+ one) «\d+»`, "«0» murderss one «1»", true},
		{"an alternation's ends, apart", `«\d+» (?:kills|murders+ one) «\d+»`, "«0» murders one man «1»", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			pre := New(c.expr)
			if got := pre.Admits(Fold(c.text)); got != c.admit {
				t.Errorf("prefilter %q of %q admits %q: %v, want %v", pre, c.expr, c.text, got, c.admit)
			}
			if regexp.MustCompile(c.expr).MatchString(c.text) && !c.admit {
				t.Errorf("%q matches %q: the case is wrong", c.expr, c.text)
			}
		})
	}
}
