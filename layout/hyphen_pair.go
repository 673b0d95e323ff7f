package layout

import (
	"strings"

	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"github.com/kgbuild/kg/sources"
)

// hyphenPair matches "Name - Name", a pair line written with a spaced
// hyphen for its dash.
var hyphenPair = regexp.MustCompileShort(`^(\p{Lu}[^—–|:;,()]{1,60}?)\s+-\s+(\p{Lu}[^—–|:;,()]{1,60}?)\s*$`)

// hyphenPairRun is how many pair lines in a row, the line itself
// included, make a cast list written with spaced hyphens. A lone
// "Name - Name" is as often a headline and its site as a cast line.
const hyphenPairRun = 3

// readHyphenPair reads "Character - Actor" (or the other order) as a pair
// line, as cast lists on listing sites write them, when the line stands in
// a run of such lines (hyphenPairRun at least): "Ilse Brandt - Mara Voss".
// A title with a full stop is part of the name ("Dr. Oona Lenz").
func readHyphenPair(s *scan, b body) bool {
	if b.numbered {
		return false
	}
	blk, ok := parseHyphenPair(b.text, b.off)
	if !ok || hyphenRun(s) < hyphenPairRun {
		return false
	}
	blk.Span, blk.Section = b.line.span(), s.section
	s.add(blk)
	return true
}

// parseHyphenPair reads one "Name - Name" line.
func parseHyphenPair(text string, off int) (Block, bool) {
	m := hyphenPair.FindStringSubmatchIndex(text)
	if m == nil {
		return Block{}, false
	}
	first, second := text[m[2]:m[3]], text[m[4]:m[5]]
	if !IsName(undot(first)) || !IsName(undot(second)) {
		return Block{}, false
	}
	a, b := len(strings.Fields(first)), len(strings.Fields(second))
	if a > 5 || b > 4 || a < 2 && b < 2 {
		return Block{}, false
	}
	return Block{Kind: BlockPair, Values: []sources.Span{{Start: off + m[2], End: off + m[3], Text: first}, {Start: off + m[4], End: off + m[5], Text: second}}}, true
}

// hyphenRun counts the lines in a row around the current one, itself
// included, that read as hyphen pairs, up to hyphenPairRun.
func hyphenRun(s *scan) int {
	is := func(i int) bool {
		if i < 0 || i >= len(s.lines) {
			return false
		}
		t := s.lines[i].text
		if m := bulletMark.FindStringIndex(t); m != nil {
			t = t[m[1]:]
		}
		_, ok := parseHyphenPair(t, 0)
		return ok
	}
	n := 1
	for i := s.i - 1; n < hyphenPairRun && is(i); i-- {
		n++
	}
	for i := s.i + 1; n < hyphenPairRun && is(i); i++ {
		n++
	}
	return n
}
