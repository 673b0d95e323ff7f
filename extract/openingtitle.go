package extract

import (
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/layout"
	"github.com/kgbuild/kg/names"
)

// openingTitle matches a title alone at the head of a page's first line,
// before its end or a note on it: a parenthesis, a comma, a colon or an
// episode number ("Harbor Lights (My Rating 4)", "Harbor Lights 1.05",
// "Harbor Lights, BBC1, Lena Marsh").
var openingTitle = regexp.MustCompile(`^(\p{Lu}[\p{L}\p{N}'’&.+-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}'’&.+-]*|of|the|in|and|a|an|on|for|to|at|with|from|de|la)){0,5}?)\s*(?:$|\(|,|:|\s\d)`)

// openingTitleRepeats is how many times the rest of a page must name the
// title its first line opens with for that title to be the page's series.
const openingTitleRepeats = 2

// spotOpeningTitle finds the title a page's first line opens with, when no
// word of what befell a series follows it but the page names it again at
// least openingTitleRepeats times: a review or recap headed by its series'
// bare title. A title the corpus knows as a person or a character, one
// that opens with a given name (a person's or a character's own page), or
// one word a sentence could open with, is left alone.
func (s *docState) spotOpeningTitle(st *sentence) {
	if st.Block != 0 || st.Span.Start != st.blk.Span.Start {
		return
	}
	m := openingTitle.FindStringSubmatchIndex(st.Span.Text)
	if m == nil {
		return
	}
	start, end := st.Span.Start+m[2], st.Span.Start+m[3]
	title := s.p.Doc.Text[start:end]
	first := strings.Fields(title)[0]
	if b := s.knownAs(title).best(); b == graph.Person || b == graph.Character || anyNotName([]string{first}) || names.GivenName(first) ||
		!names.Capitalised(names.LastWord(title)) || len([]rune(title)) < 3 || wholeCount(s.p.Doc.Text[st.blk.Span.End:], title) < openingTitleRepeats {
		return
	}
	s.claimWords(st, start, end, typeHeadlineTitle)
}

// headline reports whether a sentence opens a page's headline: a heading
// above the page's first paragraph, or one of the page's first two lines
// when it is short and ends with no full stop ("Harbor Lights TV review:
// the curtain comes down").
func (s *docState) headline(st *sentence) bool {
	if st.Span.Start != st.blk.Span.Start {
		return false
	}
	if st.blk.Kind == layout.BlockHeading {
		return !s.afterProse(st.Block)
	}
	t := strings.TrimSpace(st.blk.Span.Text)
	return st.Block < 2 && len(strings.Fields(t)) <= 20 && !strings.HasSuffix(t, ".")
}

// wholeCount counts the times text names title as a whole name: not inside
// a longer word, and not as the start of a longer name ("Harbor" in
// "Harbor Lights" or "Harbor L.A.").
func wholeCount(text, title string) int { return wholeCountIn(text, text, title) }

// wholeCountIn counts the places where title occurs in hay, a copy of text
// of the same length (text itself, or text in lower case), and stands whole
// in text there.
func wholeCountIn(text, hay, title string) int {
	n := 0
	for i := strings.Index(hay, title); i >= 0; {
		if wholeAt(text, i, len(title)) {
			n++
		}
		j := strings.Index(hay[i+len(title):], title)
		if j < 0 {
			break
		}
		i += len(title) + j
	}
	return n
}

// wholeAt reports whether the n bytes of text at i stand as a whole name:
// no letter or digit before them, and no more of a name after them.
func wholeAt(text string, i, n int) bool {
	before, _ := utf8.DecodeLastRuneInString(text[:i])
	return !wordRune(before) && !continuesName(text[i+n:])
}

// wordRune reports whether r is a letter or a digit.
func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// continuesName reports whether rest, the text after a name, goes on with
// the name: a letter or digit, a dotted letter, or a capitalised word.
func continuesName(rest string) bool {
	r, w := utf8.DecodeRuneInString(rest)
	switch {
	case wordRune(r):
		return true
	case r == '.' || r == ' ':
		next, _ := utf8.DecodeRuneInString(rest[w:])
		return unicode.IsUpper(next) || (r == '.' && unicode.IsLetter(next))
	}
	return false
}
