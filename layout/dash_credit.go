package layout

import (
	"strings"

	"github.com/kgbuild/kg/sources"
)

// readDashCredit reads a cast credit laid out "-", "-", "Actor",
// "Character" on four lines.
func readDashCredit(s *scan) int {
	l, lines, i := s.cur(), s.lines, s.i
	if l.text != "-" || i+3 >= len(lines) || lines[i+1].text != "-" || !IsName(lines[i+2].text) || !IsName(lines[i+3].text) {
		return 0
	}
	a, c := lines[i+2], lines[i+3]
	end := c.off + len(c.text)
	s.add(Block{Kind: BlockCredit, Span: sources.Span{Start: l.off, End: end, Text: s.text[l.off:end]},
		Values: []sources.Span{a.span(), c.span()}, Section: s.section})
	return 4
}

// readDashField reads a field laid out "- Key", "-", "Value" on three lines.
func readDashField(s *scan) int {
	l, lines, i := s.cur(), s.lines, s.i
	if !strings.HasPrefix(l.text, "- ") || i+2 >= len(lines) || lines[i+1].text != "-" || lines[i+2].text == "" || lines[i+2].text == "-" {
		return 0
	}
	key := strings.TrimSpace(l.text[2:])
	v := lines[i+2]
	end := v.off + len(v.text)
	s.add(Block{Kind: BlockField, Span: sources.Span{Start: l.off, End: end, Text: s.text[l.off:end]},
		Key: fieldKey(key), Values: splitValues(v.off, v.text), Section: s.section})
	return 3
}
