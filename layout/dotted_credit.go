package layout

import (
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"strings"

	"github.com/kgbuild/kg/sources"
)

var (
	// dottedCredit matches a full-credits line: "Actor ... Character (12
	// episodes, 2023-2025)", "Name ... executive producer (14 episodes)".
	dottedCredit = regexp.MustCompile(`^(\p{Lu}[^.]{1,50}?)\s+(?:\.{2,}|…)\s+(.*?)\s*(?:\((?:\d+|one|two) episodes?[^)]*\))?\s*$`)
	// creditNote matches a parenthetical note of a credit: "(uncredited)",
	// "(developed for television by)".
	creditNote = regexp.MustCompile(`\(([^()]*)\)`)
)

// readDottedCredit reads a line of a full-credits page: a credit in a cast
// section, a field keyed by the role elsewhere.
func readDottedCredit(s *scan) int {
	l := s.cur()
	m := dottedCredit.FindStringSubmatchIndex(l.text)
	if m == nil || !IsName(undot(l.text[m[2]:m[3]])) {
		return 0
	}
	b, ok := dottedBlock(l, m, s.section, s.fields)
	if !ok {
		return 0
	}
	s.add(b)
	return 1
}

// dottedBlock turns a full-credits line into a credit (in a cast section)
// or a field keyed by the role ("executive producer", "directed by").
func dottedBlock(l line, m []int, section string, fields Fields) (Block, bool) {
	name := sources.Span{Start: l.off + m[2], End: l.off + m[3], Text: l.text[m[2]:m[3]]}
	role := strings.TrimSpace(l.text[m[4]:m[5]])
	span := l.span()
	switch {
	case strings.Contains(section, "cast"):
		role = strings.TrimSpace(creditNote.ReplaceAllString(role, ""))
		if role == "" || !IsName(undot(role)) {
			return Block{}, false
		}
		st := l.off + m[4] + strings.Index(l.text[m[4]:m[5]], role)
		return Block{Kind: BlockCredit, Span: span, Values: []sources.Span{name, {Start: st, End: st + len(role), Text: role}}, Section: section}, true
	case strings.Contains(section, "directed"):
		return Block{Kind: BlockField, Span: span, Key: "directed by", Values: []sources.Span{name}, Section: section}, true
	case strings.TrimSpace(creditNote.ReplaceAllString(role, "")) == "" && !strings.Contains(role, " by"):
		// "Solveig Arntzen ... (14 episodes)" under "Series Music by".
		return Block{Kind: BlockField, Span: span, Key: "credit", Values: []sources.Span{name}, Section: section}, true
	default:
		key := fieldKey(strings.Trim(creditNote.ReplaceAllString(role, "$1"), "() "))
		if !fields.Known(key) {
			return Block{}, false
		}
		return Block{Kind: BlockField, Span: span, Key: key, Values: []sources.Span{name}, Section: section}, true
	}
}
