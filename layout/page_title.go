package layout

import (
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"strings"
)

// disambigTitle matches a page title that says what the page is about:
// "Halloran (TV series)", "Halloran (British crime series 2019) - Wiki",
// "Halloran (season 2)", "Halloran (TV series) explained".
var disambigTitle = regexp.MustCompile(`(?i)^\p{Lu}.{0,60}\((?:[\p{L}-]+ ){0,3}(?:series|show|program|programme|miniseries|mini-series|serial|franchise|season \d+|series \d+)(?:\s+\d{4}[^)]*)?\)(?:\s+[-–—|].*|\s+\p{Ll}[\p{L} ]{0,20})?$`)

// readPageTitle reads the first line of a page when it names the page's
// series: a level-1 heading that opens the page's first section.
func readPageTitle(s *scan) int {
	l := s.cur()
	if len(s.blocks) > 0 || !disambigTitle.MatchString(l.text) {
		return 0
	}
	s.section = strings.ToLower(l.text)
	s.add(Block{Kind: BlockHeading, Span: l.span(), Level: 1, Section: s.section})
	return 1
}
