package sources

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
)

// htmlReaderName names the HTML reader and the version of the Text it
// makes; change the version whenever that Text changes.
const htmlReaderName = "html2"

// htmlReader reads web pages: the article of the page, without the
// navigation, banners, related-article boxes, comments and footers around
// it, as lines the layout stage reads: the title heading as "= Title =",
// headings as "== Heading ==", list items with a bullet, infobox rows as
// "Key | Value |", other table rows with their cells between bars, figure
// captions on their own line. Title, kind, date and author come from the
// page's metadata. Every byte of Text maps to the bytes of the page it
// shows, so evidence points into the file as it was saved.
type htmlReader struct{}

var _ Reader = htmlReader{}

func (htmlReader) Name() string         { return htmlReaderName }
func (htmlReader) Extensions() []string { return []string{".html", ".htm", ".xhtml", ".shtml"} }

// htmlStart matches the opening of an HTML document, after comments.
var htmlStart = regexp.MustCompile(`(?i)^(?:\s*<!--.*?-->)*\s*<(?:!doctype\s+html|html|head|body)\b`)

// anyTag matches an element's opening tag.
var anyTag = regexp.MustCompile(`<[a-zA-Z][a-zA-Z0-9]*[\s/>]`)

// Sniff takes what the server calls HTML, what opens as an HTML document,
// and a file named as HTML that holds any tag.
func (htmlReader) Sniff(in *Input) bool {
	switch mediaType(in.ContentType) {
	case "text/html", "application/xhtml+xml":
		return true
	}
	head := in.Text[:min(len(in.Text), 4096)]
	if htmlStart.Match(head) {
		return true
	}
	ext := extension(in.Path)
	return (ext == ".html" || ext == ".htm" || ext == ".xhtml" || ext == ".shtml") && anyTag.Match(in.Text)
}

// Read parses the page, finds its article and renders it as lines.
func (htmlReader) Read(in *Input) (*Document, error) {
	doc, err := html.Parse(bytes.NewReader(in.Text))
	if err != nil {
		return nil, fmt.Errorf("parse HTML: %w", err)
	}
	runs := align(doc, tokenStream(in.Text))
	meta := readMeta(doc)
	r := newRenderer(runs, mainContent(doc, in.Path), meta.h1)
	r.page(doc, meta)
	text, start, end := r.b.finish(len(in.Text))
	if strings.TrimSpace(text) == "" {
		return nil, errors.New("web page with no text")
	}
	d := newDocument(in, htmlReaderName)
	d.Text, d.offsets, d.ends = text, compactOffsets(in.rawOffsets(start)), compactOffsets(in.rawOffsets(end))
	d.Title, d.Date, d.Author = meta.pageTitle(), meta.date, meta.author
	d.Kind = structuredKind(meta.kind, meta.infobox || meta.wiki, d.Title, d.Date, text)
	return d, nil
}

// structuredKind decides the kind of a page or note: news or a review when
// its metadata says so, an encyclopedia page when it has an infobox (or
// comes from a wiki), an article when its metadata says so; else what its
// first lines say (as for plain text, but its own title line does not make
// it an encyclopedia page), a review when its title says so, news when
// dated.
func structuredKind(said string, infobox bool, title, date, text string) string {
	switch {
	case said == "news" || said == "review":
		return said
	case infobox:
		return "encyclopedia"
	case said != "":
		return said
	}
	_, kind, _ := guessHeader(withoutHeadings(text))
	switch {
	case kind != "article":
		return kind
	case reviewTitle.MatchString(title):
		return "review"
	case date != "":
		return "news"
	}
	return kind
}

// withoutHeadings is text without its heading lines ("== Cast =="),
// which a reader writes for every heading: in plain text such a line marks
// a wiki page, in a web page or a note it does not.
func withoutHeadings(text string) string {
	var b strings.Builder
	for _, l := range strings.Split(text, "\n") {
		if !strings.HasPrefix(l, "=") || !wikiTitle.MatchString(l) {
			b.WriteString(l)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// kgAttr marks each element with its index while readability reads a
// copy of the page, so that what it keeps can be found in the original.
const kgAttr = "data-kg-node"

// content is what readability took for a page's article: its elements,
// and the texts it holds, for text that readability moved out of an
// element it dropped (bare text in <body>, wrapped into a new paragraph).
type content struct {
	elements map[*html.Node]bool
	texts    map[string]int
}

// mainContent asks readability which elements of the page make its
// article. It returns nil, meaning the whole page, when readability finds
// no article or one too short to be the page's text.
func mainContent(doc *html.Node, path string) *content {
	var nodes []*html.Node
	var mark func(n *html.Node)
	mark = func(n *html.Node) {
		if n.Type == html.ElementNode {
			n.Attr = append(n.Attr, html.Attribute{Key: kgAttr, Val: strconv.Itoa(len(nodes))})
			nodes = append(nodes, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			mark(c)
		}
	}
	mark(doc)
	defer func() {
		for _, n := range nodes {
			n.Attr = n.Attr[:len(n.Attr)-1]
		}
	}()
	p := readability.NewParser()
	art, err := p.ParseDocument(doc, pageURL(path))
	if err != nil || art.Node == nil || len(collapse(textOf(art.Node))) < 200 {
		return nil
	}
	kept := &content{elements: map[*html.Node]bool{}, texts: map[string]int{}}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if i, err := strconv.Atoi(attr(n, kgAttr)); err == nil && i < len(nodes) {
			kept.elements[nodes[i]] = true
		}
		if n.Type == html.TextNode && strings.TrimSpace(n.Data) != "" && movedText(n) {
			kept.texts[strings.TrimSpace(n.Data)]++
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(art.Node)
	return kept
}

// movedText reports whether readability moved text node n out of the
// element that held it in the page, into one it made: only such a text is
// looked for outside the kept elements. A text inside a kept element is
// written with it, and counting it too would let the same words in an
// element readability dropped (a table cell, a caption) be written as a
// stray run in the article.
func movedText(n *html.Node) bool {
	return n.Parent == nil || attr(n.Parent, kgAttr) == ""
}

// pageURL is the address of a page for resolving its links: the URL it
// came from, or its file.
func pageURL(path string) *url.URL {
	if u, err := url.Parse(path); err == nil && isURL(path) {
		return u
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	return &url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}
}
