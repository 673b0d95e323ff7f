package sources

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// infobox writes an infobox: a table as rows "Key | Value |", a wiki's
// portable infobox likewise from its label and value elements.
func (r *renderer) infobox(n *html.Node) {
	if n.DataAtom == atom.Table {
		r.table(n, true)
		return
	}
	r.b.blankLine()
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type != html.ElementNode || chrome(n) && n.DataAtom != atom.Aside {
			return
		}
		if hasClass(n, "pi-data") {
			r.field(childWithClass(n, "pi-data-label"), childWithClass(n, "pi-data-value"))
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	r.b.blankLine()
}

// table writes a table: key-value tables (infoboxes, and tables whose rows
// are a header cell and a data cell) as fields, "Key | Value |"; data
// tables row by row with their cells between bars, "a | b | c |"; tables
// that only lay a page out, their cells as blocks.
func (r *renderer) table(n *html.Node, infobox bool) {
	rows := tableRows(n)
	kind := "layout"
	switch {
	case infobox || keyValueTable(rows):
		kind = "fields"
	case dataTable(n, rows):
		kind = "data"
	}
	if kind == "layout" {
		r.children(n, true)
		return
	}
	r.b.blankLine()
	for _, tr := range rows {
		cells := rowCells(tr)
		if kind == "fields" {
			if len(cells) >= 2 {
				r.field(cells[0], cells[1])
			}
			continue
		}
		r.dataRow(cells)
	}
	r.b.blankLine()
}

// field writes one field row, "Key | Value |", when both have text.
func (r *renderer) field(key, value *html.Node) {
	if key == nil || value == nil {
		return
	}
	r.b.endLine()
	start := len(r.b.text)
	r.inCell(key)
	if !r.b.wrote(start) {
		r.b.cut(start)
		return
	}
	r.b.sep(" | ")
	at := len(r.b.text)
	r.inCell(value)
	if !r.b.wrote(at) {
		r.b.cut(start)
		return
	}
	r.b.sep(" |")
	r.b.endLine()
}

// dataRow writes a row of a data table, "a | b | c |".
func (r *renderer) dataRow(cells []*html.Node) {
	r.b.endLine()
	start := len(r.b.text)
	for i, c := range cells {
		if i > 0 {
			r.b.mark(" ")
		}
		r.inCell(c)
		r.b.sep(" |")
	}
	if !r.b.wroteText(start) {
		r.b.cut(start)
	}
	r.b.endLine()
}

// inCell writes the content of a cell.
func (r *renderer) inCell(c *html.Node) {
	saved := r.cellStart
	r.cellStart = len(r.b.text)
	r.cell++
	r.children(c, true)
	r.cell--
	r.cellStart = saved
}

// definitions writes a definition list: pairs of a term and its
// definition as fields, "Term | Definition |"; any other list as blocks.
func (r *renderer) definitions(dl *html.Node) {
	var items []*html.Node
	for c := dl.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			items = append(items, c)
		}
	}
	pairs := len(items) > 0 && len(items)%2 == 0
	for i := 0; pairs && i < len(items); i += 2 {
		pairs = items[i].DataAtom == atom.Dt && items[i+1].DataAtom == atom.Dd
	}
	if !pairs || r.cell > 0 {
		r.block(dl)
		return
	}
	r.b.blankLine()
	for i := 0; i < len(items); i += 2 {
		r.field(items[i], items[i+1])
	}
	r.b.blankLine()
}

// tableRows are the rows of table t, not those of tables inside it.
func tableRows(t *html.Node) []*html.Node {
	var rows []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type != html.ElementNode:
			case c.DataAtom == atom.Tr:
				rows = append(rows, c)
			case c.DataAtom == atom.Thead || c.DataAtom == atom.Tbody || c.DataAtom == atom.Tfoot:
				walk(c)
			}
		}
	}
	walk(t)
	return rows
}

// rowCells are the cells of a row.
func rowCells(tr *html.Node) []*html.Node {
	var cells []*html.Node
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Td || c.DataAtom == atom.Th) {
			cells = append(cells, c)
		}
	}
	return cells
}

// keyValueTable reports whether most rows are a header cell and one data
// cell, as in an infobox that does not say it is one.
func keyValueTable(rows []*html.Node) bool {
	kv, n := 0, 0
	for _, tr := range rows {
		cells := rowCells(tr)
		if len(cells) == 0 {
			continue
		}
		n++
		if len(cells) == 2 && cells[0].DataAtom == atom.Th && cells[1].DataAtom == atom.Td {
			kv++
		}
	}
	return n >= 2 && kv*4 >= n*3
}

// dataTable reports whether a table holds data rather than laying out a
// page: it has header cells or a caption, or its cells hold no blocks.
func dataTable(t *html.Node, rows []*html.Node) bool {
	if len(rows) == 0 {
		return false
	}
	blocks := false
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Th, atom.Caption:
				return true
			case atom.Table, atom.P, atom.Div, atom.Ul, atom.Ol, atom.H1, atom.H2, atom.H3:
				blocks = true
			}
			if walk(c) {
				return true
			}
		}
		return false
	}
	return walk(t) || !blocks
}

// hasClass reports whether class is one of n's class names.
func hasClass(n *html.Node, class string) bool {
	for _, c := range strings.Fields(attr(n, "class")) {
		if c == class {
			return true
		}
	}
	return false
}

// childWithClass is the first element below n with the class name class.
func childWithClass(n *html.Node, class string) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if hasClass(c, class) {
			return c
		}
		if f := childWithClass(c, class); f != nil {
			return f
		}
	}
	return nil
}
