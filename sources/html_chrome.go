package sources

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// chromeTags are elements that never hold a page's article: the site's
// navigation, header and footer, side boxes, forms, scripts and media.
var chromeTags = map[atom.Atom]bool{
	atom.Nav: true, atom.Footer: true, atom.Header: true, atom.Aside: true, atom.Form: true,
	atom.Button: true, atom.Input: true, atom.Select: true, atom.Textarea: true, atom.Label: true,
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true,
	atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Canvas: true,
	atom.Video: true, atom.Audio: true, atom.Map: true, atom.Dialog: true, atom.Head: true,
	atom.Img: true, atom.Picture: true, atom.Source: true,
}

// frameTags hold the whole page or its article: their class names (a
// "footer-v2" feature flag on <body>) say nothing about chrome.
var frameTags = map[atom.Atom]bool{atom.Html: true, atom.Body: true, atom.Main: true, atom.Article: true}

// chromeRoles are ARIA roles of the parts of a page around its article.
var chromeRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true, "search": true,
	"dialog": true, "alertdialog": true, "menu": true, "menubar": true, "toolbar": true, "alert": true,
}

// chromeWords are words of class names and ids that mark the parts of a
// page around its article: navigation, cookie banners, sharing buttons,
// related-article boxes, comments, footers, and on wikis the edit links,
// citation marks, navigation boxes and maintenance notices.
var chromeWords = map[string]bool{
	"nav": true, "navbar": true, "navigation": true, "navbox": true, "menu": true, "breadcrumb": true,
	"breadcrumbs": true, "cookie": true, "cookies": true, "consent": true, "gdpr": true, "banner": true,
	"popup": true, "modal": true, "related": true, "recommended": true, "trending": true, "popular": true,
	"share": true, "sharing": true, "social": true, "newsletter": true, "subscribe": true, "subscription": true,
	"promo": true, "advert": true, "advertisement": true, "ad": true, "ads": true, "sponsor": true,
	"sponsored": true, "comment": true, "comments": true, "footer": true, "header": true, "masthead": true,
	"sidebar": true, "widget": true, "toc": true, "pagination": true, "pager": true, "skip": true,
	"editsection": true, "reference": true, "references": true, "reflist": true, "catlinks": true,
	"printfooter": true, "noprint": true, "hatnote": true, "ambox": true, "metadata": true,
	"shortdescription": true, "sitenotice": true, "sistersitebox": true, "authority": true, "hidden": true, "visually": true,
}

// chrome reports whether element n is part of the page around its article,
// by its tag, role, visibility or class and id words; an infobox never is.
func chrome(n *html.Node) bool {
	if n.Type != html.ElementNode || isInfobox(n) {
		return false
	}
	if chromeTags[n.DataAtom] || chromeRoles[strings.ToLower(attr(n, "role"))] || hiddenElement(n) {
		return true
	}
	if frameTags[n.DataAtom] || attr(n, "role") == "main" {
		return false // their class names describe the whole page
	}
	for _, w := range nameWords(n) {
		if chromeWords[w] {
			return true
		}
	}
	return false
}

// hiddenElement reports whether n is not shown.
func hiddenElement(n *html.Node) bool {
	if _, ok := attrOK(n, "hidden"); ok || attr(n, "aria-hidden") == "true" {
		return true
	}
	style := strings.ReplaceAll(strings.ToLower(attr(n, "style")), " ", "")
	return strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden")
}

// nameWords are the words of n's class names and id, split at dashes and
// underscores, in lower case: "related-articles" gives related, articles.
func nameWords(n *html.Node) []string {
	return strings.FieldsFunc(strings.ToLower(attr(n, "class")+" "+attr(n, "id")), func(r rune) bool {
		return r == ' ' || r == '-' || r == '_' || r == '\t' || r == '\n'
	})
}

// hasClassWord reports whether one of n's class or id words is w.
func hasClassWord(n *html.Node, w string) bool {
	for _, x := range nameWords(n) {
		if x == w {
			return true
		}
	}
	return false
}

// isInfobox reports whether n is an infobox: a table whose class names it
// one (Wikipedia's "infobox vevent"), or a wiki's portable infobox aside.
func isInfobox(n *html.Node) bool {
	if n.Type != html.ElementNode || n.DataAtom != atom.Table && n.DataAtom != atom.Aside {
		return false
	}
	for _, c := range strings.Fields(strings.ToLower(attr(n, "class"))) {
		if strings.Contains(c, "infobox") {
			return true
		}
	}
	return false
}

// attrOK is n's attribute key and whether n has it.
func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}
