package sources

import (
	"encoding/json"
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what a page says about itself besides its text: the title,
// kind, date and author that a manifest gives a text file.
type pageMeta struct {
	headline string     // the JSON-LD headline
	ogTitle  string     // og:title
	titleTag *html.Node // <title>
	h1       *html.Node // the page's title heading
	h1Main   bool       // h1 is inside the page's main part or article
	kind     string     // from the JSON-LD type
	date     string     // ISO date
	author   string
	infobox  bool // the page has an infobox
	wiki     bool // the page comes from a wiki (MediaWiki, Fandom)
}

// ldKinds maps schema.org types of the JSON-LD a page embeds to the kinds
// of document kg knows.
var ldKinds = map[string]string{
	"NewsArticle": "news", "ReportageNewsArticle": "news", "AnalysisNewsArticle": "news",
	"BackgroundNewsArticle": "news", "Review": "review", "CriticReview": "review",
	"UserReview": "review", "Article": "article", "BlogPosting": "article",
	"OpinionNewsArticle": "article", "TechArticle": "article", "Report": "article",
}

// metaDate finds the date in a timestamp ("2025-07-10T09:30:00Z").
var metaDate = regexp.MustCompile(`\b(?:19|20)\d\d-[01]\d-[0-3]\d`)

var bylineLead = regexp.MustCompile(`(?i)^\s*(?:written\s+)?by\s+`)

// readMeta reads the page's metadata: <title>, <meta> (Open Graph and the
// common names), JSON-LD, and outside the page's chrome the title heading
// (the first <h1> of the main part or article, else the first), <time> and
// a byline.
func readMeta(doc *html.Node) pageMeta {
	var m pageMeta
	metas := map[string]string{}
	var times []string
	var walk func(n *html.Node, inChrome, inMain bool)
	walk = func(n *html.Node, inChrome, inMain bool) {
		if n.Type == html.ElementNode {
			m.infobox = m.infobox || isInfobox(n)
			m.wiki = m.wiki || hasClass(n, "mediawiki") || hasClass(n, "mw-parser-output")
			inMain = inMain || n.DataAtom == atom.Main || n.DataAtom == atom.Article || attr(n, "role") == "main"
			// a header holds the title and byline: chrome for the text,
			// not for the metadata
			inChrome = inChrome || chrome(n) && n.DataAtom != atom.Header && !hasClassWord(n, "header")
			m.head(n, metas)
			if !inChrome {
				m.body(n, &times, inMain)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inChrome, inMain)
		}
	}
	walk(doc, false, false)
	m.settle(metas, times)
	return m
}

// head reads the elements that describe the page: <title>, <meta> and
// JSON-LD.
func (m *pageMeta) head(n *html.Node, metas map[string]string) {
	switch n.DataAtom {
	case atom.Title:
		if m.titleTag == nil {
			m.titleTag = n
		}
	case atom.Meta:
		key := strings.ToLower(attr(n, "property"))
		if key == "" {
			key = strings.ToLower(attr(n, "name"))
		}
		if _, ok := metas[key]; !ok && key != "" {
			metas[key] = strings.TrimSpace(attr(n, "content"))
		}
	case atom.Script:
		if strings.EqualFold(attr(n, "type"), "application/ld+json") {
			m.jsonLD(textOf(n))
		}
	}
}

// body reads what the page's visible part says about it: the title
// heading, dates and the byline.
func (m *pageMeta) body(n *html.Node, times *[]string, inMain bool) {
	switch n.DataAtom {
	case atom.H1:
		if strings.TrimSpace(textOf(n)) != "" && (m.h1 == nil || inMain && !m.h1Main) {
			m.h1, m.h1Main = n, inMain
		}
	case atom.Time:
		if d := attr(n, "datetime"); d != "" {
			*times = append(*times, d)
		}
	}
	if m.author == "" && (attr(n, "rel") == "author" || hasClassWord(n, "byline") || attr(n, "itemprop") == "author") {
		m.author = bylineLead.ReplaceAllString(collapse(textOf(n)), "")
	}
}

// pageTitle is the page's title: its heading when that is in the main
// part, else what Open Graph or JSON-LD say, else any heading, else
// <title>.
func (m *pageMeta) pageTitle() string {
	h1, tag := "", ""
	if m.h1 != nil {
		h1 = collapse(textOf(m.h1))
	}
	if m.titleTag != nil {
		tag = collapse(textOf(m.titleTag))
	}
	if m.h1Main && h1 != "" {
		return h1
	}
	return first(m.ogTitle, m.headline, h1, tag)
}

// settle chooses among what the page said: JSON-LD first, then Open Graph,
// then the plain tags.
func (m *pageMeta) settle(metas map[string]string, times []string) {
	m.ogTitle = first(metas["og:title"], metas["twitter:title"])
	if m.date == "" {
		m.date = metaDate.FindString(first(metas["article:published_time"], metas["og:article:published_time"],
			metas["parsely-pub-date"], metas["sailthru.date"], metas["publish-date"], metas["date"], metas["pubdate"],
			metas["dc.date"], metas["dcterms.date"], strings.Join(times, " ")))
	}
	if m.author == "" {
		m.author = first(metas["author"], metas["article:author"])
	}
	m.wiki = m.wiki || strings.Contains(strings.ToLower(metas["generator"]), "mediawiki")
}

// jsonLD reads a JSON-LD block: the first object of a known article type
// gives the kind, headline, date and author.
func (m *pageMeta) jsonLD(src string) {
	var v any
	if json.Unmarshal([]byte(src), &v) != nil || m.kind != "" {
		return
	}
	for _, o := range ldObjects(v) {
		kind := ""
		for _, t := range stringsOf(o["@type"]) {
			if k, ok := ldKinds[t]; ok && kind == "" {
				kind = k
			}
		}
		if kind == "" {
			continue
		}
		m.kind = kind
		m.headline = first(stringsOf(o["headline"])...)
		m.date = metaDate.FindString(first(stringsOf(o["datePublished"])...))
		m.author = first(stringsOf(o["author"])...)
		return
	}
}

// ldObjects lists the objects of a JSON-LD value: itself, the items of an
// array, the members of an @graph.
func ldObjects(v any) []map[string]any {
	switch v := v.(type) {
	case []any:
		var out []map[string]any
		for _, x := range v {
			out = append(out, ldObjects(x)...)
		}
		return out
	case map[string]any:
		if g, ok := v["@graph"]; ok {
			return ldObjects(g)
		}
		return []map[string]any{v}
	}
	return nil
}

// stringsOf reads a JSON-LD value as strings: a string, the names of
// objects ({"name": ...}), or a list of either.
func stringsOf(v any) []string {
	switch v := v.(type) {
	case string:
		return []string{v}
	case map[string]any:
		return stringsOf(v["name"])
	case []any:
		var out []string
		for _, x := range v {
			out = append(out, stringsOf(x)...)
		}
		return out
	}
	return nil
}

// first is the first non-empty string.
func first(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// attr is the value of n's attribute key.
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// textOf is the text of n and its descendants.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// collapse trims s and makes each run of white space one space.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }
