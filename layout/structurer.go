package layout

import (
	"strings"
	"unicode"

	"github.com/kgbuild/kg/sources"
)

// Structurer is the layout stage: it splits a document into blocks by
// layout (headings, infobox fields, cast lines, captions, credits, lists,
// prose). Layout is the strongest signal a document gives: "Starring | A, B"
// says more about A and B than any sentence could.
type Structurer struct {
	// Fields says which infobox keys name things (the pipeline gives
	// extract.Fields); nil knows none, so that only the keys of every
	// rendered infobox make fields.
	Fields Fields
}

// line is one line of a document's Text with its byte range.
type line struct {
	start, end int
	text       string // trimmed
	off        int    // offset of text within the document
	// pictured is set when the line was a photograph's caption run
	// together with the photograph's text (see dropImageText).
	pictured bool
}

// span is the line's trimmed text as a span of the document.
func (l line) span() sources.Span {
	return sources.Span{Start: l.off, End: l.off + len(l.text), Text: l.text}
}

func splitLines(text string) []line {
	var out []line
	pos := 0
	for pos <= len(text) {
		nl := strings.IndexByte(text[pos:], '\n')
		end := len(text)
		if nl >= 0 {
			end = pos + nl
		}
		raw := text[pos:end]
		trimmed := strings.TrimRightFunc(raw, unicode.IsSpace)
		lead := len(trimmed) - len(strings.TrimLeftFunc(trimmed, unicode.IsSpace))
		out = append(out, line{start: pos, end: end, text: trimmed[lead:], off: pos + lead})
		if nl < 0 {
			break
		}
		pos = end + 1
	}
	return out
}

// scan is the work in progress on one document: its lines, the line being
// read, the blocks so far and the section (the last heading, lower case).
type scan struct {
	text    string
	lines   []line
	i       int
	blocks  []Block
	section string
	fields  Fields
	// by is the name of the recognizer reading, recorded on its blocks.
	by string
	// table is the header of the credit table being read, or nil.
	table *creditTable
}

// cur is the line being read.
func (s *scan) cur() line { return s.lines[s.i] }

// add appends a block read by the recognizer reading.
func (s *scan) add(b Block) {
	b.Recognizer = s.by
	s.blocks = append(s.blocks, b)
}

// last is the last block read, or nil.
func (s *scan) last() *Block {
	if len(s.blocks) == 0 {
		return nil
	}
	return &s.blocks[len(s.blocks)-1]
}

// A recognizer reads one layout starting at the current line. Read returns
// how many lines the layout used (0: not this layout), after adding its
// blocks with s.add.
type recognizer struct {
	name string
	read func(s *scan) int
}

// recognizers are tried in order on each non-empty line; the first that
// reads the line wins. The order is precedence: a multi-line layout before
// the one-line layouts its first line could also be, and prose last.
var recognizers = []recognizer{
	{"meta-line", readMetaLine},
	{"page-title", readPageTitle},
	{"boilerplate", readBoilerplate},
	{"credit-table", readCreditTable},
	{"byline", readByline},
	{"stacked-field", readStackedField},
	{"dotted-credit", readDottedCredit},
	{"portrayed-by", readPortrayedBy},
	{"glued-cast", readGluedCast},
	{"pictured-cast", readPicturedCast},
	{"credit-group", readCreditGroup},
	{"dash-credit", readDashCredit},
	{"dash-field", readDashField},
	{"cast-table", readCastTable},
	{"plain-field", readPlainField},
	{"table-value-line", readTableValueLine},
	{"wiki-heading", readWikiHeading},
	{"line", readLine},
}

// Run splits d into blocks.
func (st Structurer) Run(d *sources.Document) []Block {
	s := &scan{text: d.Text, lines: splitLines(d.Text), fields: st.Fields}
	for i, l := range s.lines {
		s.lines[i] = dropImageText(l)
	}
	if s.fields == nil {
		s.fields = noFields{}
	}
	for s.i = 0; s.i < len(s.lines); s.i++ {
		if s.cur().text == "" {
			s.table = nil // a blank line ends a table
			continue
		}
		if len(s.blocks) == 0 {
			s.lines[s.i] = trimDateMark(s.cur())
		}
		for _, r := range recognizers {
			s.by = r.name
			if n := r.read(s); n > 0 {
				s.i += n - 1
				break
			}
		}
	}
	pairLabels(s.blocks)
	return s.blocks
}

// pairLabels gives a template's numbered data field the key its label field
// names ("Lbl31: Department" over "Data31: Calder County Sheriff's
// Department" is a "department" field), and drops the label field.
func pairLabels(blocks []Block) {
	for i := 0; i+1 < len(blocks); i++ {
		l, d := &blocks[i], &blocks[i+1]
		if l.Kind == BlockField && d.Kind == BlockField && (l.Key == "lbl" || l.Key == "label") && d.Key == "data" && len(l.Values) == 1 {
			d.Key = fieldKey(l.Values[0].Text)
			l.Values = nil
		}
	}
}

// Recognizers lists the names of the recognizers in the order they are
// tried, the one-line recognizers in place of the "line" dispatcher that
// runs them.
func Recognizers() []string {
	var out []string
	for _, r := range recognizers {
		if r.name != "line" {
			out = append(out, r.name)
			continue
		}
		for _, lr := range lineRecognizers {
			out = append(out, lr.name)
		}
	}
	return out
}
