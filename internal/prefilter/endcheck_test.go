package prefilter

import (
	"regexp"
	"regexp/syntax"
	"testing"
)

func TestEndCheck(t *testing.T) {
	cases := []struct {
		name, expr, text string
		admit            bool
	}{
		{"word before white space", `(?i)\b(?:author|actor|by)\s*,?\s*$`, "a novel by ", true},
		{"word before a comma", `(?i)\b(?:author|actor|by)\s*,?\s*$`, "the actor, ", true},
		{"word elsewhere", `(?i)\b(?:author|actor|by)\s*,?\s*$`, "by the river with ", false},
		{"other case", `(?i)\b(?:author|actor|by)\s*,?\s*$`, "NOVEL BY", true},
		{"case-sensitive word, other case", `\b(?:plays|played)\s+$`, "who PLAYED ", true}, // admitted: a check only rejects
		{"optional word, kept", `(?i)\bof\s+(?:the\s+)?["“]?$`, "the finale of the “", true},
		{"optional word, left out", `(?i)\bof\s+(?:the\s+)?["“]?$`, "the finale of ", true},
		{"optional word, neither", `(?i)\bof\s+(?:the\s+)?["“]?$`, "the finale in ", false},
		{"nothing to trim", `-(?:based|born)$`, "Boston-born", true},
		{"trailing white space not in the expression", `-(?:based|born)$`, "Boston-born ", false},
		{"all trimmed", `(?i)\bby\s*$`, "   ", false},
		{"empty text", `(?i)\bby\s*$`, "", false},
		{"kelvin sign folds to k", `(?i)\bask\s*$`, "AS\u212a ", true},
		{"non-ASCII end", `(?i)\bfiancée?\s*$`, "her FIANCÉE", true},
		{"anchored at both ends", `^(?:Jr|Sr)\.?$`, "Jr.", true},
		{"anchored at both ends, other", `^(?:Jr|Sr)\.?$`, "Dr.", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			re, err := syntax.Parse(c.expr, syntax.Perl)
			if err != nil {
				t.Fatal(err)
			}
			e := newEndCheck(re)
			if e == nil {
				t.Fatalf("no end check for %s", c.expr)
			}
			if got := e.admits(c.text); got != c.admit {
				t.Errorf("admits(%q) = %v, want %v", c.text, got, c.admit)
			}
			if regexp.MustCompile(c.expr).MatchString(c.text) && !e.admits(c.text) {
				t.Errorf("rejects its match %q", c.text)
			}
		})
	}
}

func TestNoEndCheck(t *testing.T) {
	cases := []struct{ name, expr string }{
		{"not at the end", `(?i)\bby\s+«\d+»`},
		{"end of a line", `(?im)\bby\s*$`},
		{"ends in a letter class", `(?i)\bby\s+\p{Lu}+$`},
		{"may be all trimmed", `(?i)(?:by)?\s*$`},
		{"ends in what is trimmed", `(?i)(?:by |of)\s*$`},
		{"an alternative at the top", `(?i)by$|of$`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			re, err := syntax.Parse(c.expr, syntax.Perl)
			if err != nil {
				t.Fatal(err)
			}
			if e := newEndCheck(re); e != nil {
				t.Errorf("an end check for %s: trim %q", c.expr, string(e.trim))
			}
		})
	}
}

// BenchmarkEndCheck runs a cue expression on the text before a name,
// which holds its words, but not at its end: with the end check, and with
// the prefilter's sets alone.
func BenchmarkEndCheck(b *testing.B) {
	f := MustCompile(`(?i)\b(author|actor|actress|writer|director|producer|host|star|by)\s*,?\s*$`)
	setsOnly := f.with(func(c *checks) { c.end = nil })
	text := "Directed by a former star of the stage, the series follows the host of a late-night show in "
	for _, c := range []struct {
		name string
		re   *Regexp
	}{{"end check", f}, {"sets only", setsOnly}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				if c.re.MatchString(text) {
					b.Fatal("matched")
				}
			}
		})
	}
}
