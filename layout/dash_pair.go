package layout

import (
	"strings"

	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"github.com/kgbuild/kg/names"
	"github.com/kgbuild/kg/sources"
)

// dashPair matches "Name — Name".
// Either name may stand in quotation marks ("Ann Vole – 'Ivy Cole'").
var dashPair = regexp.MustCompileShort(`^['‘"“]?(\p{Lu}[^—–'‘’"“”]{1,60}?)['’"”]?\s+[—–]\s+['‘"“]?(\p{Lu}[^—–('‘’"“”]{1,60}?)['’"”]?\s*(\(.*\))?$`)

// parseDashPair reads "Name — Name", a cast list's line of a character and
// an actor in an order the line does not say, as a pair for the
// extract stage, which decides by what the corpus knows of the two names.
func parseDashPair(body string, off int) (Block, bool) {
	m := dashPair.FindStringSubmatchIndex(body)
	if m == nil || !IsName(body[m[2]:m[3]]) || !IsName(body[m[4]:m[5]]) {
		return Block{}, false
	}
	a, b := len(strings.Fields(body[m[2]:m[3]])), len(strings.Fields(body[m[4]:m[5]]))
	if a > 4 || b > 4 || a < 2 && b < 2 {
		return Block{}, false // a title with a dash, not a name pair
	}
	if allPageWords(body[m[2]:m[3]]) || allPageWords(body[m[4]:m[5]]) {
		return Block{}, false // "TV Review – Harbour Nine": a headline's label and its title
	}
	return Block{Kind: BlockPair, Values: []sources.Span{{Start: off + m[2], End: off + m[3], Text: body[m[2]:m[3]]}, {Start: off + m[4], End: off + m[5], Text: body[m[4]:m[5]]}}}, true
}

// allPageWords reports whether every word of s is a word of page furniture
// or of writing about television ("TV Review", "Season Finale"), which no
// name is made of.
func allPageWords(s string) bool {
	for _, w := range strings.Fields(s) {
		if !names.InLower(names.PageWords, w) {
			return false
		}
	}
	return true
}

// readDashPair reads a "Name — Name" line as a pair line, unless it is
// the page's title, its first line or that line again ("Review – Harbor
// Nine" opens a review, and its heading repeats it): a title with its
// site or its kind, no cast line.
func readDashPair(s *scan, b body) bool {
	if s.isTitle(b.line.text) {
		return false
	}
	return castLayout(parseDashPair)(s, b)
}

// isTitle reports whether text is the page's first line, or is that line
// again.
func (s *scan) isTitle(text string) bool {
	for _, l := range s.lines {
		if l.text != "" {
			return l.text == text
		}
	}
	return false
}
