package sources

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// run is a piece of source text as decoded (entities resolved, line ends
// normalised) with where each of its bytes came from: byte i came from the
// source bytes [start[i], end[i]). A reader that drops markup builds its
// Text from runs, so that every byte it keeps can still be traced to the
// file.
type run struct {
	text       string
	start, end []int
}

// contiguous is a run copied unchanged from the source at offset off.
func contiguous(text string, off int) run {
	r := run{text, make([]int, len(text)), make([]int, len(text))}
	for i := range len(text) {
		r.start[i], r.end[i] = off+i, off+i+1
	}
	return r
}

// at is a run of text placed entirely at source offset off: for text that
// stands for something without being in the source byte for byte.
func at(text string, off int) run {
	r := run{text, make([]int, len(text)), make([]int, len(text))}
	for i := range len(text) {
		r.start[i], r.end[i] = off, off
	}
	return r
}

// builder writes the Text of a structured document (HTML, Markdown) line
// by line. Runs are written with their white space collapsed, as a browser
// shows them; the marks the layout stage reads ("== ", "- ", " | ") are
// written as they are. For every byte written it keeps start, the source
// offset where the byte came from, and end, the source offset just after
// it, so that a span of Text maps back to exactly the source bytes it
// shows: a mark maps to an empty range where the text before it ended.
type builder struct {
	text  []byte
	start []int
	end   []int // end[i+1] is where byte i's source ends; end[0] = 0
	last  int   // the source offset just after the last byte taken from it
	// pending is a collapsed run of white space not yet written, and at
	// its source offset: written only when text follows on the line.
	pending   bool
	pendingAt int
	pre       bool // inside <pre>: white space kept as it is
	// forward are the marks that open the current line ("- ", "== "):
	// they map to where the line's text begins, so that a span of the
	// line starts at its first word in the source, not at the markup
	// before it.
	forward []int
}

func newBuilder() *builder { return &builder{end: []int{0}} }

// lineStart reports whether nothing has been written on the current line.
func (b *builder) lineStart() bool { return len(b.text) == 0 || b.text[len(b.text)-1] == '\n' }

// put appends one byte that came from source [s, e).
func (b *builder) put(c byte, s, e int) {
	b.text = append(b.text, c)
	b.start = append(b.start, s)
	b.end = append(b.end, e)
}

// mark writes s, which is not in the source: it maps to where the text
// before it ended.
func (b *builder) mark(s string) {
	b.flushSpace()
	opens := b.lineStart() || len(b.forward) > 0 && b.forward[len(b.forward)-1] == len(b.text)-1
	for i := 0; i < len(s); i++ {
		if opens {
			b.forward = append(b.forward, len(b.text))
		}
		b.put(s[i], b.last, b.last)
	}
}

// settle maps the marks that open the line to source offset at, where
// its text begins.
func (b *builder) settle(at int) {
	for _, i := range b.forward {
		if i < len(b.text) {
			b.start[i], b.end[i+1] = at, at
		}
	}
	b.forward = b.forward[:0]
}

// write appends r, collapsing its white space (unless in <pre>).
func (b *builder) write(r run) {
	for i := 0; i < len(r.text); {
		c, n := utf8.DecodeRuneInString(r.text[i:])
		if !b.pre && unicode.IsSpace(c) {
			if !b.pending {
				b.pending, b.pendingAt = true, r.start[i]
			}
			i += n
			continue
		}
		if c != '\n' || !b.pre {
			b.flushSpace()
		}
		b.settle(r.start[i])
		for k := i; k < i+n; k++ {
			b.put(r.text[k], r.start[k], r.end[k])
		}
		b.last = r.end[i+n-1]
		i += n
	}
}

// flushSpace writes a pending space, unless the line is still empty.
func (b *builder) flushSpace() {
	if b.pending && !b.lineStart() && b.text[len(b.text)-1] != ' ' {
		b.put(' ', b.pendingAt, b.pendingAt)
	}
	b.pending = false
}

// space asks for a space before whatever comes next on the line, as
// between the cells of a table row.
func (b *builder) space() {
	if !b.pending {
		b.pending, b.pendingAt = true, b.last
	}
}

// endLine ends the current line, if anything is on it, dropping trailing
// spaces.
func (b *builder) endLine() {
	b.pending = false
	b.forward = b.forward[:0]
	for len(b.text) > 0 && b.text[len(b.text)-1] == ' ' {
		b.trim()
	}
	if !b.lineStart() {
		b.put('\n', b.last, b.last)
	}
}

// blankLine ends the current line and leaves one empty line, as between
// paragraphs, unless the text is empty or already ends so.
func (b *builder) blankLine() {
	b.endLine()
	n := len(b.text)
	if n > 0 && !(n >= 2 && b.text[n-2] == '\n') {
		b.put('\n', b.last, b.last)
	}
}

// trim drops the last byte written.
func (b *builder) trim() {
	n := len(b.text) - 1
	b.text, b.start, b.end = b.text[:n], b.start[:n], b.end[:n+1]
}

// finish returns the text, normalised to NFC, with its maps into the
// source: start has one entry per byte plus one for the end of the text
// (srcLen), end one entry per byte boundary.
func (b *builder) finish(srcLen int) (string, []int, []int) {
	b.endLine()
	for len(b.text) > 0 && b.text[len(b.text)-1] == '\n' {
		b.trim()
	}
	start := append(b.start, srcLen)
	text, segStart, segEnd := normalizeSegments(b.text)
	outStart := make([]int, len(text)+1)
	outEnd := make([]int, len(text)+1)
	for i := 0; i < len(text); i++ {
		outStart[i] = start[segStart[i]]
		outEnd[i+1] = b.end[segEnd[i]]
	}
	outStart[len(text)] = srcLen
	if len(text) > 0 {
		outEnd[0] = outStart[0]
	}
	return text, outStart, outEnd
}

// normalizeSegments returns s in NFC with, for every byte of the result,
// the range [segStart, segEnd) of s of the segment it came from.
func normalizeSegments(s []byte) (string, []int, []int) {
	var out []byte
	var segStart, segEnd []int
	var it norm.Iter
	it.Init(norm.NFC, s)
	for !it.Done() {
		a := it.Pos()
		seg := it.Next()
		z := it.Pos()
		out = append(out, seg...)
		for range seg {
			segStart = append(segStart, a)
			segEnd = append(segEnd, z)
		}
	}
	return string(out), segStart, segEnd
}

// through maps offsets of decoded text to offsets of the file, for text
// that a decoder produced (UTF-16, a byte-order mark); nil means the
// decoded text is the file itself.
func through(m []int, offs []int) []int {
	if m == nil {
		return offs
	}
	out := make([]int, len(offs))
	for i, o := range offs {
		out[i] = m[min(max(o, 0), len(m)-1)]
	}
	return out
}

// sep writes the mark s right after the text before it, dropping any
// space in between: the bars of a table row.
func (b *builder) sep(s string) {
	b.pending = false
	for len(b.text) > 0 && b.text[len(b.text)-1] == ' ' {
		b.trim()
	}
	b.mark(s)
}

// wrote reports whether anything was written after position pos.
func (b *builder) wrote(pos int) bool { return len(b.text) > pos }

// wroteText reports whether any byte taken from the source (not a mark or
// a space) was written after position pos.
func (b *builder) wroteText(pos int) bool {
	for k := pos; k < len(b.text); k++ {
		if b.end[k+1] > b.start[k] && b.text[k] != ' ' {
			return true
		}
	}
	return false
}

// cut drops what was written after position pos.
func (b *builder) cut(pos int) {
	for len(b.text) > pos {
		b.trim()
	}
	b.pending = false
	b.forward = b.forward[:0]
}

// heading writes a heading of level as "== Title ==" on a line of its own,
// the title written by body, and drops it when body wrote nothing: the
// one form both the HTML and the Markdown readers give headings, which
// the layout stage reads as a wiki heading.
func (b *builder) heading(level int, body func()) {
	b.blankLine()
	marks := strings.Repeat("=", level)
	start := len(b.text)
	b.mark(marks + " ")
	body()
	if !b.wrote(start + len(marks) + 1) {
		b.cut(start)
		return
	}
	b.sep(" " + marks)
	b.blankLine()
}
