package layout

import (
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"strings"

	"github.com/kgbuild/kg/sources"
)

// wikiHeading matches "== Premise ==": its level is the number of marks.
var wikiHeading = regexp.MustCompile(`^(=+)\s*(.+?)\s*=+$`)

// readWikiHeading reads a wiki heading, which opens a section.
func readWikiHeading(s *scan) int {
	l := s.cur()
	m := wikiHeading.FindStringSubmatchIndex(l.text)
	if m == nil {
		return 0
	}
	title := l.text[m[4]:m[5]]
	s.section = strings.ToLower(title)
	s.add(Block{Kind: BlockHeading, Span: sources.Span{Start: l.off + m[4], End: l.off + m[5], Text: title},
		Level: m[3] - m[2], Section: s.section})
	return 1
}
