package layout

import (
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"strings"

	"github.com/kgbuild/kg/sources"
)

var (
	// creditColumn matches the header of a table column whose cells credit
	// people with a part in the making of each row's episode, as fieldKey
	// leaves it: "Directed by", "Writer(s)", "Teleplay by".
	creditColumn = regexp.MustCompile(`^(?:directed by|directors?|written by|writers?|teleplay by|story by|screenplay by)$`)
	// creditCut matches what parts the names of a credit cell besides the
	// commas and "and" that splitValues reads: "&", a slash, and a label
	// saying what the names after it did ("Story: A and B, Teleplay: C").
	creditCut = regexp.MustCompile(`(?i)\s*(?:&|/|\b(?:story|teleplay|screenplay|written|directed)(?: by)?\s*:)\s*`)
)

// creditTable is the header of a table whose columns credit people, kept
// while its rows are read: how many cells a row has and the field key of
// each credit column.
type creditTable struct {
	width int
	keys  map[int]string
}

// readCreditTable reads a table whose header names credit columns
// ("No. | Title | Directed by | Written by | Original air date"): each row
// of as many cells as the header gives, for each credit column, a field of
// the column's key whose values are the names in the cell. Lines of another
// shape inside the table (an episode's summary) are left to the other
// recognizers; a blank line ends the table.
func readCreditTable(s *scan) int {
	l := s.cur()
	if !isRow(l) {
		return 0
	}
	row := cells(l)
	if t := s.table; t != nil {
		if tableSep.MatchString(l.text) {
			return 1
		}
		if len(row) != t.width {
			return 0
		}
		for i, c := range row {
			if key, ok := t.keys[i]; ok && c.text != "" {
				s.add(Block{Kind: BlockField, Span: l.span(), Key: key, Values: creditNames(c.off, c.text), Section: s.section})
			}
		}
		return 1
	}
	keys, named := map[int]string{}, 0
	for i, c := range row {
		if k := fieldKey(c.text); creditColumn.MatchString(k) {
			keys[i] = k
		}
		if c.text != "" {
			named++
		}
	}
	if named < 3 || len(keys) == 0 { // an infobox's row is no header
		return 0
	}
	s.table = &creditTable{width: len(row), keys: keys}
	return 1
}

// creditNames splits the text of a credit cell at offset off into its
// names: "A & B", "A / B", "Story: A and B, Teleplay: C".
func creditNames(off int, text string) []sources.Span {
	var out []sources.Span
	at := 0
	for _, m := range append(creditCut.FindAllStringIndex(text, -1), []int{len(text), len(text)}) {
		if piece := text[at:m[0]]; strings.TrimSpace(piece) != "" {
			out = append(out, splitValues(off+at, piece)...)
		}
		at = m[1]
	}
	return out
}

// isRow reports whether l is a row of a table: cells between bars, or
// between tabs.
func isRow(l line) bool {
	return strings.Contains(l.text, "|") || strings.Contains(l.text, "\t")
}
