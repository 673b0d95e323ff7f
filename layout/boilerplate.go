package layout

import (
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"strings"

	"github.com/kgbuild/kg/names"
)

// readBoilerplate reads a line of page furniture ("Related: ...", "Sign up
// for our newsletter", "Jump to content", see names.Boilerplate) and makes
// no block of it, so that no later stage reads a name in it. A line inside
// a run of fields ("- Related: Harbor Blue" in an infobox, after a field or
// before one) is a field, not furniture.
func readBoilerplate(s *scan) int {
	l := s.cur()
	t := l.text
	if m := bulletMark.FindStringIndex(t); m != nil {
		t = t[m[1]:]
	}
	if !names.Boilerplate(t) && !s.tickerLine(t) {
		return 0
	}
	if prev := s.last(); prev != nil && prev.Kind == BlockField && prev.Span.End >= l.off-3 || s.fieldNext() {
		return 0
	}
	return 1
}

// fieldNext reports whether the line after the current one is a field line
// of an infobox: "- Key: value".
func (s *scan) fieldNext() bool {
	if s.i+1 >= len(s.lines) {
		return false
	}
	t := s.lines[s.i+1].text
	m := bulletMark.FindStringIndex(t)
	return m != nil && colonField.MatchString(t[m[1]:])
}

// figureChange matches a line that is only a market figure's change:
// "+43.73 (+0.58%)", "-0.0006 (-0.05%)".
var figureChange = regexp.MustCompile(`^[+-−]?[\d,]+(?:\.\d+)?\s*\([+-−]?[\d,]+(?:\.\d+)?%\)$`)

// tickerLine reports whether t is a line of a market data strip that news
// pages carry above the article ("FTSE 100" over "+43.73 (+0.58%)"): a
// figure's change, or a short label whose next line is one. An index's
// name is no name the page is about.
func (s *scan) tickerLine(t string) bool {
	if figureChange.MatchString(t) {
		return true
	}
	if moreFields(t, 4) {
		return false
	}
	return figureChange.MatchString(s.nextLine())
}

// moreFields reports whether t has more than n fields (strings.Fields),
// reading no further than the field after the n-th.
func moreFields(t string, n int) bool {
	count := 0
	for range strings.FieldsSeq(t) {
		if count++; count > n {
			return true
		}
	}
	return false
}
