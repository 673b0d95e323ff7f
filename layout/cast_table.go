package layout

import (
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"strings"

	"github.com/kgbuild/kg/sources"
)

var (
	// characterColumn and actorColumn match the header cells of a cast table's
	// character and actor columns.
	characterColumn = regexp.MustCompile(`(?i)^(?:characters?|role|roles|character name)$`)
	actorColumn     = regexp.MustCompile(`(?i)^(?:actors?|actress|actor/actress|cast|cast members?|performers?|portrayed by|played by)$`)
	// cellNote matches a note in square brackets in a cell: "[lower-alpha 2]".
	cellNote = regexp.MustCompile(`\s*\[[^\]]*\]`)
	// mainCell matches a cell that says the row is of the main cast.
	mainCell = regexp.MustCompile(`(?i)^(?:main|starring|series regular|lead)$`)
)

// cell is one cell of a table row, with its offset in the document.
type cell struct {
	text string
	off  int
}

// cells splits a table row on its bars (on its tabs when it has no bar),
// trimming each cell and dropping the notes in square brackets after its
// text.
func cells(l line) []cell {
	var out []cell
	pos := 0
	sep := "|"
	if !strings.Contains(l.text, sep) {
		sep = "\t"
	}
	for _, c := range strings.Split(l.text, sep) {
		lead := len(c) - len(strings.TrimLeft(c, " \t"))
		t := strings.TrimSpace(c)
		if strings.Contains(t, "[") { // most cells have no note: every line is tried as a table's head
			if n := strings.TrimSpace(cellNote.ReplaceAllString(t, "")); strings.HasPrefix(t, n) {
				t = n // a note after the text: the text keeps its offset
			}
		}
		out = append(out, cell{text: t, off: l.off + pos + lead})
		pos += len(c) + 1
	}
	return out
}

// readCastTable reads a table whose header names a character column and an
// actor column ("Character | Actor | Season 1 | ..."): each row below that
// names two people is a credit, of the main cast when one of its cells says
// "Main".
func readCastTable(s *scan) int {
	head := cells(s.cur())
	ci, ai := -1, -1
	for i, c := range head {
		switch {
		case ci < 0 && characterColumn.MatchString(c.text):
			ci = i
		case ai < 0 && actorColumn.MatchString(c.text):
			ai = i
		}
	}
	if ci < 0 || ai < 0 {
		return 0
	}
	j := s.i + 1
	for ; j < len(s.lines) && isRow(s.lines[j]); j++ {
		row := cells(s.lines[j])
		if len(row) <= max(ci, ai) || !IsName(row[ci].text) || !IsName(undot(row[ai].text)) || row[ci].text == "" || row[ai].text == "" {
			continue // a second header row, or a row that names no one
		}
		sec := s.section
		for _, c := range row {
			if mainCell.MatchString(c.text) {
				sec = "main cast"
				break
			}
		}
		a, c := row[ai], row[ci]
		s.add(Block{Kind: BlockCredit, Span: s.lines[j].span(), Section: sec, Values: []sources.Span{
			{Start: a.off, End: a.off + len(a.text), Text: a.text}, {Start: c.off, End: c.off + len(c.text), Text: c.text}}})
	}
	return j - s.i
}
