package layout

import (
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"strings"

	"github.com/kgbuild/kg/sources"
)

var (
	tableSep   = regexp.MustCompile(`^[-:| ]+$`)
	tableField = regexp.MustCompile(`^\|?\s*([^|]{1,40}?)\s*\|\s*(.*?)\s*\|?\s*$`)
	wikiField  = regexp.MustCompile(`^\|\s*([A-Za-z][\w ]{0,30}?)\s*=\s*(\S.*?)\s*$`)
	tabField   = regexp.MustCompile(`^([A-Z][\w ()&/.'’-]{0,30}?)\t+(\S.*)$`)
	colonField = regexp.MustCompile(`^([A-Z][\w .&/'’()-]{0,30}?)\s*:\s+(\S.*)$`)
	// questionField matches a key asked as a question, as preview pages
	// set out a show's facts: "Who’s In It? Jane Roe, Tom Orrin".
	questionField = regexp.MustCompile(`^([A-Z][\w .&/'’-]{0,30}?)\?\s+(\S.*)$`)
)

// readTableField reads a row of an infobox table, "Genre | Crime drama |"
// or "| Genre | Crime drama |"; a separator row ("---|---|") is read and
// dropped.
func readTableField(s *scan, b body) bool {
	if !strings.Contains(b.text, "|") {
		return false
	}
	if tableSep.MatchString(b.text) {
		return true
	}
	m := tableField.FindStringSubmatchIndex(b.text)
	if m == nil || m[3] <= m[2] || !hasLetter(b.text[m[2]:m[3]]) {
		return false
	}
	s.addField(b.line, b.text[m[2]:m[3]], b.off+m[4], b.text[m[4]:m[5]])
	return true
}

// tableKeyOnly and tableValueOnly match the two lines of a table row whose
// cell broke over a line: "Starring |" over "Brenna Lyle David Lomax |".
var (
	tableKeyOnly   = regexp.MustCompile(`^\|?\s*([^|]{1,40}?)\s*\|$`)
	tableValueOnly = regexp.MustCompile(`^\|?\s*([^|]+?)\s*\|$`)
)

// readTableValueLine reads a row of an infobox table whose value cell
// starts a line of its own: the key line, then the value line.
func readTableValueLine(s *scan) int {
	l := s.cur()
	m := tableKeyOnly.FindStringSubmatchIndex(l.text)
	if m == nil || !s.fields.Known(fieldKey(l.text[m[2]:m[3]])) || s.i+1 >= len(s.lines) {
		return 0
	}
	v := s.lines[s.i+1]
	vm := tableValueOnly.FindStringSubmatchIndex(v.text)
	if vm == nil || s.isKey(fieldKey(v.text[vm[2]:vm[3]])) {
		return 0
	}
	end := v.off + len(v.text)
	s.add(Block{Kind: BlockField, Span: sources.Span{Start: l.off, End: end, Text: s.text[l.off:end]},
		Key: fieldKey(l.text[m[2]:m[3]]), Values: splitValues(v.off+vm[2], v.text[vm[2]:vm[3]]), Section: s.section})
	return 2
}

// readWikiField reads a wiki template line, "| genre = Crime drama".
func readWikiField(s *scan, b body) bool {
	l := b.line
	m := wikiField.FindStringSubmatchIndex(l.text)
	if m == nil {
		return false
	}
	s.addField(l, strings.ReplaceAll(l.text[m[2]:m[3]], "_", " "), l.off+m[4], l.text[m[4]:m[5]])
	return true
}

// readTabField reads "Key<TAB>Value" when the key is one the extractor
// reads.
func readTabField(s *scan, b body) bool {
	m := tabField.FindStringSubmatchIndex(b.text)
	if m == nil || !s.fields.Known(fieldKey(b.text[m[2]:m[3]])) {
		return false
	}
	s.addField(b.line, b.text[m[2]:m[3]], b.off+m[4], b.text[m[4]:m[5]])
	return true
}

// readColonField reads "Key: Value" on a bullet, or without one when the
// key is one the extractor reads ("Network: Prime Video", but not
// "Disclaimer: The following article ..."). A key the extractor reads may
// also be asked as a question ("Who’s In It? Jane Roe, Tom Orrin"), but
// not any question ("What’s It About? Jane Roe returns").
func readColonField(s *scan, b body) bool {
	m, asked := colonField.FindStringSubmatchIndex(b.text), false
	if m == nil {
		m, asked = questionField.FindStringSubmatchIndex(b.text), true
	}
	if m == nil {
		return false
	}
	key := b.text[m[2]:m[3]]
	if !(b.bulleted && !asked || s.fields.Known(fieldKey(key))) || len(strings.Fields(key)) > 4 {
		return false
	}
	s.addField(b.line, key, b.off+m[4], b.text[m[4]:m[5]])
	return true
}

// addField adds a one-line field spanning the line l, with the values of
// value (at offset off) split on commas.
func (s *scan) addField(l line, key string, off int, value string) {
	s.add(Block{Kind: BlockField, Span: l.span(), Key: fieldKey(key), Values: splitValues(off, value), Section: s.section})
}
