package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"github.com/kgbuild/kg/names"
	"github.com/kgbuild/kg/sources"
)

// wordIndexes returns the words of s: letters and digits, joined by inner
// hyphens, apostrophes, full stops, ampersands and plus signs ("O'Brien",
// "U.S.", "AT&T", "A+B"), with a full stop after it kept for
// abbreviations. It finds what wordRe (defined with its tests, which
// compare the two) finds, read rune by rune: the expression ran on every
// sentence twice, and its Unicode classes made it one of the costliest of
// the stage.
func wordIndexes(s string) [][]int {
	flat := make([]int, 0, len(s)/3) // the words' starts and ends, in one array for all: a word in six bytes, about
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf && !asciiWord[c] {
			i++ // most bytes between words: spaces and punctuation
			continue
		}
		if r, n := utf8.DecodeRuneInString(s[i:]); !isWordRune(r) {
			i += n
			continue
		}
		start := i
		i = wordRunEnd(s, i)
		for n := joinerLen(s, i); n > 0; n = joinerLen(s, i) {
			if r, _ := utf8.DecodeRuneInString(s[i+n:]); !isWordRune(r) {
				break
			}
			i = wordRunEnd(s, i+n)
		}
		if i < len(s) && s[i] == '.' {
			i++
		}
		flat = append(flat, start, i)
	}
	if len(flat) == 0 {
		return nil
	}
	out := make([][]int, len(flat)/2)
	for k := range out {
		out[k] = flat[2*k : 2*k+2 : 2*k+2]
	}
	return out
}

// isWordRune reports whether r is a letter or a digit, as \p{L} and \p{N}
// take them.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}

// asciiWord holds isWordRune's answer for each ASCII byte: the letters and
// the digits, read from a table rather than from unicode's.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = unicode.IsLetter(rune(c)) || unicode.IsNumber(rune(c))
	}
	return t
}()

// joinerLen returns the length of the character at s[i:] that may join
// the parts of a word (a hyphen, an apostrophe, a full stop, an
// ampersand, a plus sign), or 0.
func joinerLen(s string, i int) int {
	switch {
	case i >= len(s):
		return 0
	case strings.IndexByte("-'.&+", s[i]) >= 0:
		return 1
	case strings.HasPrefix(s[i:], "’"):
		return len("’")
	}
	return 0
}

// wordRunEnd returns the end of the letters and digits that start at i.
func wordRunEnd(s string, i int) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if !asciiWord[c] {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			break
		}
		i += n
	}
	return i
}

// lostSpace matches a full stop between a word and three letters or more:
// a page's text that lost the space after a sentence ("Harbor Lights.HBO
// has announced") runs two words together there, an abbreviation ("U.S.",
// "J.B.") never does.
var lostSpace = regexp.MustCompile(`\p{L}{2}\.\p{L}{3}`)

// wordSpans splits s into words with offsets relative to s.
func wordSpans(s string) []sources.Span {
	ms := wordIndexes(s)
	out := make([]sources.Span, 0, len(ms))
	for _, m := range ms {
		for strings.IndexByte(s[m[0]:m[1]], '.') >= 0 { // lostSpace needs a full stop
			g := lostSpace.FindStringIndex(s[m[0]:m[1]])
			if g == nil {
				break
			}
			cut := m[0] + g[0] + strings.IndexByte(s[m[0]+g[0]:m[1]], '.') + 1 // after the full stop
			out = append(out, sources.Span{Start: m[0], End: cut, Text: s[m[0]:cut]})
			m[0] = cut
		}
		out = runTogether(out, s, m[0], m[1])
	}
	return out
}

// sentenceWords splits a sentence into words, keeping the full stop of a
// short capitalised abbreviation ("Dr.", "U.S.") but not the one that ends
// the sentence ("on Lumen TV."), marking possessives, and leaving out the
// notes in square brackets.
func sentenceWords(sp sources.Span) []word {
	notes := bracketNote.FindAllStringIndex(sp.Text, -1)
	spans := wordSpans(sp.Text)
	out := make([]word, 0, len(spans))
	for _, w := range spans {
		if inside(notes, w.Start) {
			continue // "[3]", "[lower-alpha 2]", "[Exclusive]": a page's notes
		}
		t := w.Text
		ww := word{Text: t, Start: sp.Start + w.Start, End: sp.Start + w.End}
		last := strings.TrimRight(sp.Text[w.End:], " \"'”’)") == "" || strings.HasPrefix(sp.Text[w.End:], "[")
		if strings.HasSuffix(t, ".") && (!(len(t) <= 3 && names.Capitalised(t) || strings.Count(t, ".") >= 2) || last && strings.Count(t, ".") == 1) {
			ww.Text = strings.TrimSuffix(t, ".")
			ww.End--
		}
		for _, p := range []string{"'s", "’s"} {
			if strings.HasSuffix(ww.Text, p) && len(ww.Text) > len(p) {
				ww.Text = strings.TrimSuffix(ww.Text, p)
				ww.End -= len(p)
				ww.Poss = true
			}
		}
		if strings.HasSuffix(ww.Text, "s’") || strings.HasSuffix(ww.Text, "s'") {
			ww.Poss = true
		}
		out = append(out, ww)
	}
	return out
}

// bracketNote matches a note in square brackets: a citation mark, a
// footnote label, a tag.
var bracketNote = regexp.MustCompile(`\[[^\[\]]{0,40}\]`)

// inside reports whether offset i lies within one of the ranges.
func inside(ranges [][]int, i int) bool {
	for _, r := range ranges {
		if i >= r[0] && i < r[1] {
			return true
		}
	}
	return false
}
