package layout

import (
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter

	"github.com/kgbuild/kg/sources"
)

// portrayedBy matches "Portrayed by Actor" on a line of its own.
var portrayedBy = regexp.MustCompile(`^(?:Portrayed|Played|Voiced) by:?\s+(\p{Lu}[^()]{1,50}?)\s*(?:\(.*\))?$`)

// readPortrayedBy reads "Portrayed by Actor" under a heading naming the
// character: a cast block from the heading to the line.
func readPortrayedBy(s *scan) int {
	l := s.cur()
	m := portrayedBy.FindStringSubmatchIndex(l.text)
	h := s.last()
	if m == nil || h == nil || h.Kind != BlockHeading || !IsName(undot(h.Span.Text)) {
		return 0
	}
	end := l.off + len(l.text)
	s.add(Block{Kind: BlockCast, Span: sources.Span{Start: h.Span.Start, End: end, Text: s.text[h.Span.Start:end]},
		Values: []sources.Span{{Start: l.off + m[2], End: l.off + m[3], Text: l.text[m[2]:m[3]]}, h.Span}, Section: s.section})
	return 1
}
