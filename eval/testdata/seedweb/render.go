//go:build ignore

// render writes the sample corpus (sources/ballard) as web pages: each
// article inside a site's navigation, cookie banner, related-articles box,
// comments and footer, its infobox as an HTML table, its headings, lists
// and captions as HTML elements. The pages test that the HTML reader finds
// the article and its structure again (eval's corpus test scores them
// against the seed's gold). Run from the repository root:
//
//	go run eval/testdata/seedweb/render.go eval/testdata/seedweb/site.go
package main

import (
	"context"
	"fmt"
	"html"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/layout"
	"github.com/kgbuild/kg/sources"
)

const (
	seed = "sources/ballard"
	out  = "eval/testdata/seedweb/corpus"
)

func main() {
	docs, probs, err := sources.Loader{}.Load(context.Background(), []string{seed})
	if err != nil || len(probs) > 0 {
		log.Fatal(err, probs)
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		log.Fatal(err)
	}
	for _, d := range docs {
		page := site(d, article(d))
		name := filepath.Join(out, d.ID+".html")
		if err := os.WriteFile(name, []byte(page), 0o644); err != nil {
			log.Fatal(err)
		}
		fmt.Println("wrote", name)
	}
}

var (
	dateline  = regexp.MustCompile(`^\s*date (\d{4}-\d\d-\d\d)\s+`)
	infoField = regexp.MustCompile(`^- ([^:]{1,40}): (.+)$`)
	tableRow  = regexp.MustCompile(`^([^|]{1,40}?) \| (.*?) \|$`)
	tableSep  = regexp.MustCompile(`^[-:| ]+$`)
	castLine  = regexp.MustCompile(`^(\p{Lu}[^,]{1,40}?) as (.+)$`)
)

// body is an article being written: its title and its HTML.
type body struct {
	title string // the article's title, when its text has one
	want  string // the title the manifest gives, without quotes
	b     strings.Builder
	open  string // the list or table element left open, if any
	cite  int
}

func (a *body) close() {
	if a.open != "" {
		fmt.Fprintf(&a.b, "</%s>\n", a.open)
		a.open = ""
	}
}

func (a *body) openAs(tag, attrs string) {
	if a.open == tag {
		return
	}
	a.close()
	fmt.Fprintf(&a.b, "<%s%s>\n", tag, attrs)
	a.open = tag
}

// article renders a document's lines as HTML, using the layout stage's
// reading of each line to choose the element.
func article(d *sources.Document) *body {
	kinds := map[int]layout.Block{}
	for _, b := range (layout.Structurer{Fields: extract.Fields}).Run(d) {
		kinds[lineOf(d.Text, b.Span.Start)] = b
	}
	lines := strings.Split(d.Text, "\n")
	a := &body{want: unquote(d.Title)}
	inInfobox := false
	for i := 0; i < len(lines); i++ {
		line := strings.TrimSpace(lines[i])
		blk, known := kinds[i]
		switch {
		case line == "" || line == "top of page" || tableSep.MatchString(line):
		case line == "Infobox":
			inInfobox = true
			a.openAs("table", ` class="infobox vevent"`)
		case inInfobox && infoField.MatchString(line):
			m := infoField.FindStringSubmatch(line)
			row(a, m[1], m[2])
		case tableRow.MatchString(line):
			m := tableRow.FindStringSubmatch(line)
			a.openAs("table", ` class="infobox"`)
			row(a, m[1], m[2])
		case known && blk.Kind == layout.BlockHeading:
			inInfobox = false
			heading(a, i, blk)
		case known && (blk.Recognizer == "dash-field" || blk.Recognizer == "dash-credit"):
			details(a, blk)
			i += strings.Count(blk.Span.Text, "\n")
		case known && blk.Kind == layout.BlockCaption:
			a.close()
			alt := ""
			if prev, ok := kinds[i-1]; ok && prev.Kind == layout.BlockProse {
				alt = strings.TrimSpace(lines[i-1])
			}
			fmt.Fprintf(&a.b, "<figure class=\"wp-caption\"><img src=\"photo-%d.jpg\" alt=\"%s\" width=\"800\">\n<figcaption>%s</figcaption></figure>\n", i, esc(alt), esc(line))
		case strings.HasPrefix(line, "- "):
			inInfobox = false
			a.openAs("ul", "")
			fmt.Fprintf(&a.b, "<li>%s</li>\n", item(strings.TrimPrefix(line, "- ")))
		default:
			inInfobox = false
			if next, ok := kinds[i+1]; ok && next.Kind == layout.BlockCaption && known && blk.Kind == layout.BlockProse {
				continue // the image's description: its alt text
			}
			a.close()
			if m := dateline.FindStringSubmatchIndex(line); m != nil {
				line = line[m[1]:]
			}
			fmt.Fprintf(&a.b, "<p>%s%s</p>\n", esc(line), a.citation(d))
		}
	}
	a.close()
	return a
}

// lineOf is the number of the line holding byte off of text.
func lineOf(text string, off int) int { return strings.Count(text[:off], "\n") }

func row(a *body, key, value string) {
	var vals []string
	for _, v := range strings.Split(value, ", ") {
		vals = append(vals, "<li>"+esc(v)+"</li>")
	}
	cell := esc(value)
	if len(vals) > 2 {
		cell = `<div class="plainlist"><ul>` + strings.Join(vals, "") + `</ul></div>`
	}
	fmt.Fprintf(&a.b, "<tr><th scope=\"row\" class=\"infobox-label\">%s</th><td class=\"infobox-data\">%s</td></tr>\n", esc(key), cell)
}

func heading(a *body, i int, blk layout.Block) {
	a.close()
	text := strings.TrimSuffix(blk.Span.Text, ":")
	level := blk.Level
	if blk.Recognizer == "heading-line" {
		level = 2
	}
	if a.title == "" && (level == 1 || strings.Contains(unquote(text), a.want)) {
		a.title = text
		return
	}
	fmt.Fprintf(&a.b, "<div class=\"mw-heading\"><h%d id=\"%s\">%s</h%d><span class=\"mw-editsection\">[<a href=\"#edit\">edit</a>]</span></div>\n",
		level, anchor(text), esc(text), level)
}

// details writes a "- Key / - / Value" block as a definition list.
func details(a *body, blk layout.Block) {
	a.openAs("dl", ` class="details"`)
	var parts []string
	for _, l := range strings.Split(blk.Span.Text, "\n") {
		if l = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(l), "-")); l != "" {
			parts = append(parts, l)
		}
	}
	if len(parts) == 2 {
		fmt.Fprintf(&a.b, "<dt>%s</dt><dd>%s</dd>\n", esc(parts[0]), esc(parts[1]))
	}
}

// item writes a list item, linking the actor of a cast line as a wiki does.
func item(text string) string {
	if m := castLine.FindStringSubmatch(text); m != nil {
		return fmt.Sprintf(`<a href="/wiki/%s" title="%s">%s</a> as %s`, anchor(m[1]), esc(m[1]), esc(m[1]), esc(m[2]))
	}
	return esc(text)
}

// citation gives every third paragraph of an encyclopedia page a citation
// mark, as wikis have.
func (a *body) citation(d *sources.Document) string {
	if d.Kind != "encyclopedia" {
		return ""
	}
	a.cite++
	if a.cite%3 != 0 {
		return ""
	}
	return fmt.Sprintf(`<sup id="cite_ref-%d" class="reference"><a href="#cite_note-%d">[%d]</a></sup>`, a.cite, a.cite, a.cite/3)
}

func esc(s string) string { return html.EscapeString(s) }

func anchor(s string) string { return strings.ReplaceAll(strings.ReplaceAll(s, " ", "_"), "\"", "") }

// unquote drops quotation marks, which titles use or leave out at will.
func unquote(s string) string { return strings.NewReplacer("'", "", "‘", "", "’", "").Replace(s) }
