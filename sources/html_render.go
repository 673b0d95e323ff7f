package sources

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// renderer writes a page's article as lines (see htmlReader).
type renderer struct {
	b    *builder
	runs map[*html.Node]run
	// kept are the elements readability took for the article (nil: all);
	// below those with a kept element or an infobox inside them; texts
	// the article's texts not yet written.
	kept, below map[*html.Node]bool
	texts       map[string]int
	title       *html.Node // the heading written as the title line
	// force > 0 inside an infobox or a heading, which are read whatever
	// readability thought of their parts; cell > 0 inside a table cell or an infobox value,
	// where list items and line breaks become ", "; item > 0 inside a
	// list item or heading, where blocks run on in the line.
	force, cell, item int
	cellStart         int // where the current cell's text began
}

func newRenderer(runs map[*html.Node]run, c *content, title *html.Node) *renderer {
	r := &renderer{b: newBuilder(), runs: runs, title: title}
	if c != nil {
		r.kept, r.texts, r.below = c.elements, c.texts, map[*html.Node]bool{}
	}
	return r
}

// page writes the title line, then the article.
func (r *renderer) page(doc *html.Node, m pageMeta) {
	if r.below != nil {
		r.markBelow(doc)
	}
	t := m.h1
	if t == nil {
		t = m.titleTag
	}
	if t != nil {
		r.force++ // the title is written wherever readability left it
		r.heading(t, 1)
		r.force--
		r.title = t
	}
	r.node(doc, false)
}

// markBelow records the elements with a kept element, a kept text or an
// infobox inside, which are walked through to reach it.
func (r *renderer) markBelow(n *html.Node) bool {
	found := r.kept[n] || isInfobox(n) || n.Type == html.TextNode && r.texts[strings.TrimSpace(n.Data)] > 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if r.markBelow(c) {
			found = true
		}
	}
	if found {
		r.below[n] = true
	}
	return found
}

// node writes n: text of the article, elements by what they are.
func (r *renderer) node(n *html.Node, inKept bool) {
	switch n.Type {
	case html.TextNode:
		switch {
		case inKept:
			r.b.write(r.runs[n])
		case r.texts[strings.TrimSpace(n.Data)] > 0:
			// text readability moved out of an element it dropped
			r.texts[strings.TrimSpace(n.Data)]--
			r.b.write(r.runs[n])
		}
		return
	case html.DocumentNode:
		r.children(n, false)
		return
	case html.ElementNode:
	default:
		return
	}
	switch {
	case n == r.title:
	case isInfobox(n):
		r.force++
		r.infobox(n)
		r.force--
	case chrome(n):
	case r.kept != nil && r.force == 0 && !r.kept[n]:
		switch {
		case r.below[n]:
			r.children(n, false)
		case r.droppedTable(n):
			r.force++
			r.element(n)
			r.force--
		case inKept || r.opensKept(n):
			r.headingsIn(n)
		}
	default:
		r.element(n)
	}
}

// droppedTable reports whether n is a data table that readability
// dropped from the article it kept around it: it takes a class name such
// as a wiki's "plainrowheaders" (on its episode and cast tables) for a
// page header. Such a table is read when the article goes on before it
// and after it, or ends with it.
func (r *renderer) droppedTable(n *html.Node) bool {
	if n.DataAtom != atom.Table || !dataTable(n, tableRows(n)) {
		return false
	}
	before, _ := r.keptBeside(n, func(c *html.Node) *html.Node { return c.PrevSibling })
	after, last := r.keptBeside(n, func(c *html.Node) *html.Node { return c.NextSibling })
	return before && (after || last)
}

// keptBeside reports whether the first element in the direction of next
// from n, past other tables, is or holds part of the article; last, when
// no element follows in that direction.
func (r *renderer) keptBeside(n *html.Node, next func(*html.Node) *html.Node) (kept, last bool) {
	for c := next(n); c != nil; c = next(c) {
		if c.Type != html.ElementNode || c.DataAtom == atom.Table && !r.kept[c] {
			continue
		}
		return r.kept[c] || r.below[c], false
	}
	return false, true
}

// headingsIn writes the headings inside n, an element readability dropped
// from the article it kept around it: it drops a short heading wrapped
// with an edit link, which still opens a section of the article.
func (r *renderer) headingsIn(n *html.Node) {
	if chrome(n) {
		return
	}
	if isHeading(n) {
		r.force++
		r.element(n)
		r.force--
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			r.headingsIn(c)
		}
	}
}

// opensKept reports whether the first element after n and the headings
// that follow it is, or holds, part of the article: a heading there opens
// a section of it.
func (r *renderer) opensKept(n *html.Node) bool {
	for c := n.NextSibling; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || !r.kept[c] && !r.below[c] && holdsHeading(c) {
			continue
		}
		return r.kept[c] || r.below[c]
	}
	return false
}

// holdsHeading reports whether n is a heading or wraps one.
func holdsHeading(n *html.Node) bool {
	if isHeading(n) {
		return true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && holdsHeading(c) {
			return true
		}
	}
	return false
}

// isHeading reports whether n is h1 to h6.
func isHeading(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

func (r *renderer) children(n *html.Node, inKept bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.node(c, inKept)
	}
}

// blockTags are elements that begin and end a line of text.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Blockquote: true, atom.Figure: true, atom.Figcaption: true, atom.Center: true,
	atom.Address: true, atom.Details: true, atom.Summary: true, atom.Dl: true, atom.Dt: true,
	atom.Dd: true, atom.Fieldset: true, atom.Caption: true, atom.Body: true, atom.Html: true,
}

// element writes an element of the article.
func (r *renderer) element(n *html.Node) {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		r.heading(n, int(n.Data[1]-'0'))
	case atom.Ul, atom.Ol:
		r.list(n)
	case atom.Table:
		r.table(n, false)
	case atom.Dl:
		r.definitions(n)
	case atom.Br:
		r.lineBreak()
	case atom.Hr:
		r.b.blankLine()
	case atom.Pre:
		r.b.endLine()
		r.b.pre = true
		r.children(n, true)
		r.b.pre = false
		r.b.endLine()
	default:
		if !blockTags[n.DataAtom] {
			r.children(n, true)
			return
		}
		r.block(n)
	}
}

// block writes a block element: its own lines, or a run of the line it is
// in inside a list item, heading or cell.
func (r *renderer) block(n *html.Node) {
	if r.item > 0 || r.cell > 0 {
		r.b.space()
		r.children(n, true)
		r.b.space()
		return
	}
	para := n.DataAtom == atom.P || n.DataAtom == atom.Blockquote || n.DataAtom == atom.Figure
	r.blockEdge(para)
	r.children(n, true)
	r.blockEdge(para)
}

func (r *renderer) blockEdge(para bool) {
	if para {
		r.b.blankLine()
	} else {
		r.b.endLine()
	}
}

// lineBreak ends the line, or separates values inside a cell.
func (r *renderer) lineBreak() {
	switch {
	case r.cell > 0:
		r.cellSep()
	case r.item > 0:
		r.b.space()
	default:
		r.b.endLine()
	}
}

// cellSep separates two values of a cell with ", ", unless the cell is
// still empty.
func (r *renderer) cellSep() {
	if len(r.b.text) > r.cellStart {
		r.b.sep(", ")
	}
}

// heading writes "== Heading ==" with as many marks as its level, on a
// line of its own; in a cell, only its text. A heading with no text
// writes nothing.
func (r *renderer) heading(n *html.Node, level int) {
	if r.cell > 0 {
		r.children(n, true)
		return
	}
	r.b.heading(level, func() {
		r.item++
		r.force++ // a heading is written whole, with a span readability dropped from it
		r.children(n, true)
		r.force--
		r.item--
	})
}

// list writes the items of a list, each on a line with a bullet; in a
// cell, the items separated by ", ".
func (r *renderer) list(n *html.Node) {
	if r.cell == 0 {
		r.b.endLine()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom != atom.Li {
			r.node(c, true)
			continue
		}
		if chrome(c) || r.kept != nil && r.force == 0 && !r.kept[c] {
			r.node(c, true)
			continue
		}
		r.listItem(c)
	}
	if r.cell == 0 {
		r.b.endLine()
	}
}

func (r *renderer) listItem(li *html.Node) {
	if r.cell > 0 {
		r.cellSep()
		r.children(li, true)
		return
	}
	r.b.endLine()
	start := len(r.b.text)
	r.b.mark("- ")
	r.item++
	r.children(li, true)
	r.item--
	if !r.b.wrote(start + 2) {
		r.b.cut(start)
		return
	}
	r.b.endLine()
}
