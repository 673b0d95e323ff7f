package sources

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	gmext "github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	gtext "github.com/yuin/goldmark/text"
)

// markdownReaderName names the Markdown reader and the version of the Text
// it makes; change the version whenever that Text changes.
const markdownReaderName = "markdown1"

// markdownReader reads Markdown notes with goldmark: headings become
// "== Heading ==" lines, list items lines with a bullet, table rows
// "a | b |", paragraphs one line each (a sentence wrapped over two source
// lines stays one sentence); code and raw HTML are left out. A YAML front
// matter block gives the title, date, kind and author.
type markdownReader struct{}

var _ Reader = markdownReader{}

func (markdownReader) Name() string { return markdownReaderName }
func (markdownReader) Extensions() []string {
	return []string{".md", ".markdown", ".mdown", ".mkd", ".mkdn"}
}

// Sniff takes what the server calls Markdown and any file named as
// Markdown; Markdown has no opening a sniffer could trust.
func (markdownReader) Sniff(in *Input) bool {
	if mediaType(in.ContentType) == "text/markdown" {
		return true
	}
	for _, e := range (markdownReader{}).Extensions() {
		if extension(in.Path) == e {
			return true
		}
	}
	return false
}

// Read parses the note and writes its blocks as lines.
func (markdownReader) Read(in *Input) (*Document, error) {
	fm, bodyAt := frontMatter(in.Text)
	md := goldmark.New(goldmark.WithExtensions(gmext.Table, gmext.Strikethrough))
	body := in.Text[bodyAt:]
	root := md.Parser().Parse(gtext.NewReader(body))
	r := &mdRenderer{b: newBuilder(), src: body, off: bodyAt}
	if t, ok := fm["title"]; ok && !startsWithH1(root) {
		r.b.mark("= ")
		r.b.write(t)
		r.b.sep(" =")
		r.b.blankLine()
	}
	r.block(root)
	text, start, end := r.b.finish(len(in.Text))
	d := newDocument(in, markdownReaderName)
	d.Text, d.offsets, d.ends = text, compactOffsets(in.rawOffsets(start)), compactOffsets(in.rawOffsets(end))
	d.Title = fm["title"].text
	if t := wikiTitle.FindStringSubmatch(strings.SplitN(text, "\n", 2)[0]); t != nil && d.Title == "" {
		d.Title = t[1]
	}
	d.Date = metaDate.FindString(fm["date"].text)
	d.Author = fm["author"].text
	kind := strings.ToLower(fm["kind"].text)
	if !knownKinds[kind] {
		kind = ""
	}
	d.Kind = structuredKind(kind, false, d.Title, d.Date, text)
	return d, nil
}

// knownKinds are the kinds of document a front matter may name.
var knownKinds = map[string]bool{"encyclopedia": true, "news": true, "article": true, "listing": true, "review": true}

// startsWithH1 reports whether the note opens with a top-level heading.
func startsWithH1(root ast.Node) bool {
	h, ok := root.FirstChild().(*ast.Heading)
	return ok && h.Level == 1
}

// frontMatter reads a YAML front matter block: "---" on the first line,
// "key: value" lines, and "---" or "..." closing it. It returns the values
// by lower-case key, unquoted, and where the note's body starts.
func frontMatter(src []byte) (map[string]run, int) {
	first, rest, ok := bytes.Cut(src, []byte("\n"))
	if !ok || string(bytes.TrimRight(first, "\r")) != "---" {
		return nil, 0
	}
	fm := map[string]run{}
	pos := len(first) + 1
	for len(rest) > 0 {
		line, next, _ := bytes.Cut(rest, []byte("\n"))
		l := string(bytes.TrimRight(line, "\r"))
		end := pos + len(line) + 1
		if l == "---" || l == "..." {
			return fm, min(end, len(src))
		}
		if k, v, ok := strings.Cut(l, ":"); ok && !strings.HasPrefix(l, " ") {
			vAt := pos + len(k) + 1
			lead := len(v) - len(strings.TrimLeft(v, " \t\"'"))
			v = strings.TrimRight(strings.TrimSpace(v), "\"'")
			v = strings.TrimLeft(v, "\"'")
			fm[strings.ToLower(strings.TrimSpace(k))] = contiguous(v, vAt+lead)
		}
		pos, rest = end, next
	}
	return nil, 0 // never closed: not front matter
}

// mdRenderer writes a Markdown tree as lines (see markdownReader).
type mdRenderer struct {
	b         *builder
	src       []byte // the body, after any front matter
	off       int    // where the body starts in the note
	item      int    // depth inside list items
	cell      int    // depth inside table cells
	cellStart int
}

// block writes a block node.
func (r *mdRenderer) block(n ast.Node) {
	switch n := n.(type) {
	case *ast.Heading:
		r.heading(n)
	case *ast.Paragraph, *ast.TextBlock:
		if r.item > 0 {
			r.b.space()
			r.inline(n)
			return
		}
		r.b.blankLine()
		r.inline(n)
		r.b.blankLine()
	case *ast.List:
		r.list(n)
	case *east.Table:
		r.table(n)
	case *ast.ThematicBreak:
		r.b.blankLine()
	case *ast.FencedCodeBlock, *ast.CodeBlock, *ast.HTMLBlock:
	default:
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			r.block(c)
		}
	}
}

func (r *mdRenderer) heading(h *ast.Heading) {
	r.b.heading(h.Level, func() {
		r.item++
		r.inline(h)
		r.item--
	})
}

func (r *mdRenderer) list(l *ast.List) {
	r.b.endLine()
	for it := l.FirstChild(); it != nil; it = it.NextSibling() {
		r.b.endLine()
		start := len(r.b.text)
		r.b.mark("- ")
		r.item++
		for c := it.FirstChild(); c != nil; c = c.NextSibling() {
			if nested, ok := c.(*ast.List); ok {
				r.item--
				r.list(nested)
				r.item++
				continue
			}
			r.block(c)
		}
		r.item--
		if !r.b.wrote(start + 2) {
			r.b.cut(start)
		}
		r.b.endLine()
	}
	r.b.endLine()
}

// table writes each row, header included, as "a | b |".
func (r *mdRenderer) table(t *east.Table) {
	r.b.blankLine()
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		r.b.endLine()
		i := 0
		for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
			if i > 0 {
				r.b.mark(" ")
			}
			r.cell++
			r.inline(cell)
			r.cell--
			r.b.sep(" |")
			i++
		}
		r.b.endLine()
	}
	r.b.blankLine()
}

// inline writes the inline content of n.
func (r *mdRenderer) inline(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			r.b.write(r.decode(c.Segment, c.IsRaw()))
			switch {
			case c.HardLineBreak() && r.item == 0 && r.cell == 0:
				r.b.endLine()
			case c.SoftLineBreak() || c.HardLineBreak():
				r.b.space()
			}
		case *ast.String:
			r.b.write(at(string(c.Value), r.b.last))
		case *ast.Image, *ast.RawHTML, *ast.AutoLink:
		default:
			r.inline(c)
		}
	}
}

// decode is the text of a segment with its backslash escapes and character
// references resolved (unless raw, as in code spans), each byte placed in
// the note.
func (r *mdRenderer) decode(seg gtext.Segment, raw bool) run {
	b := r.src[seg.Start:seg.Stop]
	pos := r.off + seg.Start
	if raw {
		return contiguous(string(b), pos)
	}
	var out strings.Builder
	var start, end []int
	for i := 0; i < len(b); {
		n := 1
		s := string(b[i : i+1])
		switch {
		case b[i] == '\\' && i+1 < len(b) && isASCIIPunct(b[i+1]):
			s, n = string(b[i+1]), 2
		case b[i] == '&':
			if dec, k := charRef(b[i:]); k > 0 {
				s, n = dec, k
			}
		}
		out.WriteString(s)
		for range len(s) {
			start, end = append(start, pos+i), append(end, pos+i+n)
		}
		i += n
	}
	return run{out.String(), start, end}
}

func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}
