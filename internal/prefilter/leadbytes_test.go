package prefilter

import (
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestASCIIFolds checks asciiFolds against every rune: the runes outside
// ASCII whose fold is an ASCII byte are those it lists, by that byte.
func TestASCIIFolds(t *testing.T) {
	got := map[byte][]rune{}
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		if f := foldRune(r); f < utf8.RuneSelf {
			got[byte(f)] = append(got[byte(f)], r)
		}
	}
	if len(got) != len(asciiFolds) {
		t.Errorf("runes outside ASCII fold to %d ASCII bytes (%q), asciiFolds lists %d", len(got), got, len(asciiFolds))
	}
	for b, rs := range got {
		if !slices.Equal(rs, asciiFolds[b]) {
			t.Errorf("runes folding to %q: %q, asciiFolds lists %q", b, rs, asciiFolds[b])
		}
	}
}

// TestLeadBytes checks which bytes an expression's text must hold before
// its prefilter reads it.
func TestLeadBytes(t *testing.T) {
	cases := []struct {
		name, expr string
		want       string // "" for none
	}{
		{"one word, either case", `(?i)\bwrote «\d+»`, "Ww"},
		{"the case the expression writes", `played by «\d+»`, "Pp"},
		{"two words of one letter", `(?i)\b(?:stars|starring) «\d+»`, "Ss\xc5"},
		{"the Kelvin sign for a K", `(?i)\bkills «\d+»`, "Kk\xe2"},
		{"two letters of one set", `(?i)\b(?:joined|quit) the cast`, "JQjq"},
		{"the set of the rarer letter", `(?i)eagle\w+zebra`, "Zz"},
		{"the set of fewer bytes", `(?i)(?:zebra|quail)\w+eagle`, "Ee"},
		{"too many letters", `(?i)\b(?:created|developed|written) by`, ""},
		{"a marker only: no prefilter", `«\d+»`, ""},
		{"a marker's end", `«\d+»['’]s «\d+»`, "\xc2"},
		{"either apostrophe", `(?i)\w['’]s (?:murder|killing)`, "'\xe2"},
		{"a letter outside ASCII, either case", `(?i)\bélan\b`, "\xc3"},
		{"a space", `(?i)\bbooks by «\d+»`, "Bb"},
		{"only white space", `\s{2,}`, ""},
		{"no prefilter", `^\d+$`, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := string(MustCompile(c.expr).derived().lead); got != c.want {
				t.Errorf("%q: lead bytes %q, want %q", c.expr, got, c.want)
			}
		})
	}
}

// TestLeadBytesNeverReject checks that a text the lead bytes reject is
// one the prefilter rejects too, on texts with and without the bytes
// and with the runes outside ASCII that fold to them.
func TestLeadBytesNeverReject(t *testing.T) {
	texts := append(slices.Clone(testTexts), "\u212aills «0»", "Stars «0»", "\u017ftars «0»", "no such word here", "ÉLAN «0»", "«0»’s «1»", "«0»'s «1»")
	for _, e := range append(slices.Clone(testExprs), `(?i)\b(?:stars|starring) «\d+»`, `(?i)\bjoined the (?:cast|crew)`) {
		f := MustCompile(e)
		for _, text := range texts {
			if c := f.derived(); c.lead != nil && !c.lead.in(text) && c.ix.scanInto(text, make(Bits, 4), c.ix.nsets) {
				t.Errorf("%q: the lead bytes %q reject %q, which the prefilter admits", e, c.lead, text)
			}
		}
	}
}

// BenchmarkAdmitsRejected checks one expression's prefilter against a
// sentence that lacks its words, as most sentences an expression is tried
// on do: the lead bytes reject it without the prefilter's scan.
func BenchmarkAdmitsRejected(b *testing.B) {
	f := MustCompile(`(?i)\b(?:joined|quit) the (?:cast|crew) of «\d+»`)
	text := "In the second season «0» returns to the harbor police as a detective, and «1», her former partner, follows her from «2» in the finale."
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if f.Admits(text) {
			b.Fatal("admitted")
		}
	}
}
