//go:build ignore

package main

import (
	"fmt"
	"strings"

	"github.com/kgbuild/kg/sources"
)

// The names in the page chrome below (sites, shows, people, commenters)
// are invented and appear in no article: an entity with one of them in the
// graph came from the chrome, which the corpus test checks never happens.

// site wraps an article in the page of the kind of site that would publish
// it: a wiki for encyclopedia pages, a news site for news, a blog for
// reviews.
func site(d *sources.Document, a *body) string {
	title := a.title
	if title == "" {
		title = d.Title
	}
	switch d.Kind {
	case "encyclopedia":
		return wiki(title, a.b.String())
	case "news":
		return news(d, title, a.b.String())
	}
	return blog(d, title, a.b.String())
}

func head(title, site, meta string) string {
	return fmt.Sprintf(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>%s %s</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="%s">
<meta property="og:site_name" content="%s">
<link rel="stylesheet" href="/static/site.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());</script>
%s</head>
`, esc(title), esc(site), esc(title), esc(site), meta)
}

const cookieBanner = `<div id="cookie-consent" class="cookie-banner" role="dialog" aria-label="Cookie consent">
<p>We use cookies to improve your experience and to show you personalised ads from partners such as Brightwave Analytics. <a href="/privacy">Learn more</a></p>
<button class="accept">Accept all</button> <button class="reject">Reject</button>
</div>
`

func wiki(title, article string) string {
	var b strings.Builder
	b.WriteString(head(title, "- Openpedia", `<meta name="generator" content="MediaWiki 1.43.0">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","name":"`+esc(title)+`","publisher":{"@type":"Organization","name":"Openpedia Foundation"}}</script>
`))
	b.WriteString(`<body class="mediawiki ltr sitedir-ltr skin-vector action-view feature-footer-v2">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div id="mw-page-base" class="noprint"></div>
<header class="vector-header mw-header">
<a href="/" class="mw-logo"><span class="mw-logo-wordmark">Openpedia</span><span class="mw-logo-tagline">The Open Encyclopedia</span></a>
<form id="searchform" action="/search"><input type="search" name="q" placeholder="Search Openpedia"><button>Search</button></form>
</header>
<div id="mw-panel" class="vector-main-menu" role="navigation">
<h3>Navigation</h3>
<ul><li><a href="/">Main page</a></li><li><a href="/contents">Contents</a></li><li><a href="/current">Current events</a></li><li><a href="/random">Random article</a></li></ul>
<h3>Contribute</h3>
<ul><li><a href="/help">Help</a></li><li><a href="/community">Community portal</a></li><li><a href="/recent">Recent changes</a></li></ul>
</div>
<div id="siteNotice"><div class="cnotice">Openpedia is written by volunteers such as Marisol Quenby. <a href="/donate">Donate today</a>.</div></div>
<main id="content" class="mw-body" role="main">
<header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">`)
	b.WriteString(esc(title))
	b.WriteString(`</span></h1>
<div class="vector-page-toolbar"><a href="#talk">Talk</a> <a href="#edit">Edit</a> <a href="#history">View history</a></div>
</header>
<div id="bodyContent" class="vector-body">
<div id="siteSub" class="noprint">From Openpedia, the open encyclopedia</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">American television series</div>
`)
	b.WriteString(article)
	b.WriteString(`<div class="mw-heading"><h2 id="References">References</h2></div>
<div class="reflist"><ol class="references">
<li id="cite_note-1"><a href="#cite_ref-3">^</a> <cite>Halvorsen, Edda (2025). "Streaming Notes". <i>The Lantern Review</i>.</cite></li>
<li id="cite_note-2"><a href="#cite_ref-6">^</a> <cite>Okonkwo, Bellamy (2025). "Cold cases on screen". <i>Westbrook Gazette</i>.</cite></li>
</ol></div>
<div role="navigation" class="navbox" aria-labelledby="Crime_dramas">
<table class="nowraplinks navbox-inner"><tr><th class="navbox-title" colspan="2">Crime dramas on Openpedia</th></tr>
<tr><th class="navbox-group">Series</th><td class="navbox-list"><ul><li><a href="/wiki/Harbor_Lights">Harbor Lights</a></li><li><a href="/wiki/The_Quiet_Frontier">The Quiet Frontier</a></li><li><a href="/wiki/Saltmarsh_Road">Saltmarsh Road</a></li></ul></td></tr>
<tr><th class="navbox-group">Creators</th><td class="navbox-list"><ul><li><a href="/wiki/Dana_Whitcombe">Dana Whitcombe</a></li><li><a href="/wiki/Ravi_Castellan">Ravi Castellan</a></li></ul></td></tr>
</table></div>
</div></div>
<div id="catlinks" class="catlinks"><div class="mw-normal-catlinks"><a href="/wiki/Categories">Categories</a>: <ul><li><a>Television series set in a city</a></li><li><a>Television shows based on novels</a></li></ul></div></div>
</div>
</main>
<footer id="footer" class="mw-footer" role="contentinfo">
<ul id="footer-info"><li>This page was last edited by Tobias Wrenfield.</li><li>Text is available under the Creative Commons Attribution-ShareAlike License.</li></ul>
<ul id="footer-places"><li><a href="/privacy">Privacy policy</a></li><li><a href="/about">About Openpedia</a></li><li><a href="/disclaimers">Disclaimers</a></li></ul>
</footer>
</body>
</html>
`)
	return b.String()
}

const newsNav = `<header class="site-header">
<div class="masthead"><a href="/" class="logo">The Westbrook Gazette</a> <span class="tagline">Screens, stages and stories</span></div>
<nav class="main-nav" aria-label="Main"><ul>
<li><a href="/tv">TV</a></li><li><a href="/movies">Movies</a></li><li><a href="/streaming">Streaming</a></li><li><a href="/interviews">Interviews</a></li>
</ul></nav>
<div class="trending-bar"><strong>Trending:</strong> <a href="/harbor-lights">Harbor Lights season 3</a> · <a href="/quiet-frontier">The Quiet Frontier finale</a> · <a href="/whitcombe">Dana Whitcombe interview</a></div>
</header>
`

const newsFooter = `<div class="newsletter-signup"><h3>Get the Gazette Weekly</h3><p>Reviews and news from Edda Halvorsen and the team, every Friday.</p><form><input type="email" placeholder="Email"><button>Subscribe</button></form></div>
<footer class="site-footer">
<p>© 2025 Westbrook Media Group. All rights reserved.</p>
<ul class="footer-links"><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li></ul>
</footer>
`

func news(d *sources.Document, title, article string) string {
	ld := fmt.Sprintf(`<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"%s","datePublished":"%sT09:30:00Z","author":{"@type":"Person","name":"Jordan Reyes"},"publisher":{"@type":"Organization","name":"Westbrook Media Group"}}</script>
<meta property="og:type" content="article">
<meta property="article:published_time" content="%sT09:30:00Z">
`, esc(title), d.Date, d.Date)
	var b strings.Builder
	b.WriteString(head(title, "| The Westbrook Gazette", ld))
	b.WriteString("<body class=\"single-post\">\n" + cookieBanner + newsNav)
	b.WriteString(`<div class="breadcrumbs"><a href="/">Home</a> › <a href="/tv">TV</a> › <a href="/tv/news">News</a></div>
<main id="main">
<article class="post">
<header class="entry-header">
<h1 class="entry-title">` + esc(title) + `</h1>
<p class="byline">By <a rel="author" href="/author/jordan-reyes">Jordan Reyes</a> · <time datetime="` + d.Date + `T09:30:00Z">` + d.Date + `</time></p>
</header>
<div class="share-buttons"><a href="#share-fb">Share on Facebook</a> <a href="#share-x">Post on X</a> <a href="#email">Email</a></div>
<div class="entry-content">
`)
	b.WriteString(relatedInside(article))
	b.WriteString(`</div>
<aside class="related-articles"><h2>Related stories</h2><ul>
<li><a href="/harbor-lights-renewed">Harbor Lights renewed for a fourth season by Northwind Studios</a></li>
<li><a href="/saltmarsh-road">Saltmarsh Road creator Ravi Castellan on the final episode</a></li>
</ul></aside>
</article>
</main>
`)
	b.WriteString(newsFooter + "</body>\n</html>\n")
	return b.String()
}

// relatedInside puts a "read also" box in the middle of the article's
// body, where news sites put them.
func relatedInside(article string) string {
	const box = `<div class="inline-related related-content"><strong>Read also:</strong> <a href="/quiet-frontier-review">The Quiet Frontier review: Priya Okafor holds the frontier</a></div>
`
	paras := strings.SplitAfter(article, "</p>\n")
	if len(paras) < 3 {
		return article + box
	}
	return strings.Join(paras[:2], "") + box + strings.Join(paras[2:], "")
}

func blog(d *sources.Document, title, article string) string {
	ld := fmt.Sprintf(`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Late Night Screens"},{"@type":"Review","headline":"%s","itemReviewed":{"@type":"TVSeries","name":"%s"},"author":{"@type":"Person","name":"Sam Adeyemi-Cole"}}]}</script>
<meta property="og:type" content="article">
`, esc(title), esc(title))
	var b strings.Builder
	b.WriteString(head(title, "– Late Night Screens", ld))
	b.WriteString(`<body class="post-template-default single">
<a class="skip-link screen-reader-text" href="#content">top of page</a>
` + cookieBanner + `<header id="masthead" class="site-header">
<p class="site-title"><a href="/">Late Night Screens</a></p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li><a href="/">Home</a></li><li><a href="/reviews">Reviews</a></li><li><a href="/lists">Lists</a></li><li><a href="/about">About</a></li>
</ul></nav>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article class="post type-post hentry">
<header class="entry-header"><h1 class="entry-title">` + esc(title) + `</h1>
<div class="entry-meta"><span class="byline">by <a rel="author" href="/author/sam">Sam Adeyemi-Cole</a></span></div></header>
<div class="entry-content">
`)
	b.WriteString(article)
	b.WriteString(`</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/reviews">Reviews</a></span> <span class="tags-links">Tagged <a href="/tag/crime">crime</a></span></footer>
</article>
<div class="related-posts"><h3>You might also like</h3><ul>
<li><a href="/harbor-lights">Harbor Lights review: Dana Whitcombe steers a steady ship</a></li>
<li><a href="/quiet-frontier">The Quiet Frontier is the best western of the year, says Priya Okafor</a></li>
</ul></div>
<section id="comments" class="comments-area">
<h2 class="comments-title">2 thoughts on this review</h2>
<ol class="comment-list">
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Lorcan Fitzwilliam</b> says:</footer><div class="comment-content"><p>Great write-up! Reminds me of Saltmarsh Road.</p></div></article></li>
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Ines Valdoria</b> says:</footer><div class="comment-content"><p>Ravi Castellan should direct the next season.</p></div></article></li>
</ol>
</section>
</main></div>
<aside id="secondary" class="widget-area">
<section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul><li><a href="/p1">Harbor Lights season 3 review</a></li><li><a href="/p2">Ten crime shows like The Quiet Frontier</a></li></ul></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">© 2025 Late Night Screens · Powered by Northwind Press</div></footer>
</body>
</html>
`)
	return b.String()
}
