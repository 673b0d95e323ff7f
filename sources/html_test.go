package sources_test

import (
	"context"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/kgbuild/kg/internal/golden"
	"github.com/kgbuild/kg/sources"
	"golang.org/x/text/unicode/norm"
)

// loadOne loads one file of the given name and content through the Loader,
// as kg ingest does.
func loadOne(t *testing.T, name, content string) *sources.Document {
	t.Helper()
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{name: content})
	docs, probs, err := sources.Loader{}.Load(context.Background(), []string{filepath.Join(dir, name)})
	if err != nil || len(probs) > 0 {
		t.Fatalf("Load %s: %v %v", name, err, probs)
	}
	return docs[0]
}

var (
	tagOrComment = regexp.MustCompile(`(?s)<!--.*?-->|<[^>]*>`)
	// bracketed notes ("[1]", "[citation needed]") are chrome the reader
	// drops from inside sentences
	bracketNote = regexp.MustCompile(`\[[^\]]{1,30}\](?::\d+)?`)
	textWord    = regexp.MustCompile(`[^\s|,]+`)
)

// shown is what a browser shows of a piece of a page, without its white
// space: tags dropped, character references resolved, NFC.
func shown(raw string) string {
	s := html.UnescapeString(tagOrComment.ReplaceAllString(raw, ""))
	return norm.NFC.String(strings.Join(strings.Fields(s), ""))
}

// checkOffsets checks that every word of d's Text maps back to exactly the
// bytes of the page that show it.
func checkOffsets(t *testing.T, d *sources.Document) {
	t.Helper()
	bad := 0
	for _, m := range textWord.FindAllStringIndex(d.Text, -1) {
		w := d.Text[m[0]:m[1]]
		if strings.Trim(w, "=-") == "" {
			continue // a mark the reader wrote
		}
		a, b := d.Original(m[0], m[1])
		if a < 0 || b > len(d.Raw) || a > b {
			t.Fatalf("word %q at %d maps outside the page: [%d,%d)", w, m[0], a, b)
		}
		got := shown(string(d.Raw[a:b]))
		if !strings.Contains(w, "[") {
			got = bracketNote.ReplaceAllString(got, "")
		}
		if got != norm.NFC.String(w) {
			if bad++; bad <= 5 {
				t.Errorf("word %q at %d maps to %q in the page", w, m[0], d.Raw[a:b])
			}
		}
	}
}

// page wraps body in a minimal HTML document.
func page(head, body string) string {
	return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">" + head + "</head>\n<body>\n" + body + "\n</body></html>\n"
}

// storyText is a paragraph, storyLines its text: three of them are long
// enough for readability to take the element that holds them for the
// article.
const (
	storyText  = `Halloran is a crime drama created by <a href="/a">Ann Lee</a> for Channel 9. It follows a detective in a northern port town, her partner Sam and the cases that bring the town's past back to light.`
	storyLines = "Halloran is a crime drama created by Ann Lee for Channel 9. It follows a detective in a northern port town, her partner Sam and the cases that bring the town's past back to light."
)

func TestHTMLText(t *testing.T) {
	tests := []struct {
		name, head, body, want string
	}{
		{
			name: "headings, paragraphs and lists",
			body: `<h1>Halloran (TV series)</h1><p>Halloran is a  crime
			drama.</p><h2>Cast</h2><ul><li><a href="/a">Ann Lee</a> as Kit Halloran</li><li>Bo Tran as Sam</li></ul><h3>Guests</h3><ol><li>Cy Moss</li></ol>`,
			want: "= Halloran (TV series) =\n\nHalloran is a crime drama.\n\n== Cast ==\n\n- Ann Lee as Kit Halloran\n- Bo Tran as Sam\n\n=== Guests ===\n\n- Cy Moss",
		},
		{
			name: "infobox rows as fields, lists and breaks in a value joined",
			body: `<h1>Halloran</h1><table class="infobox vevent"><caption>Halloran</caption>
			<tr><th colspan="2" class="infobox-above">Halloran</th></tr>
			<tr><td colspan="2"><img src="x.png" alt="Poster"></td></tr>
			<tr><th class="infobox-label">Created by</th><td><a href="/a">Ann Lee</a><br>Bo Tran</td></tr>
			<tr><th>Starring</th><td><div class="plainlist"><ul><li>Ann Lee</li><li>Cy Moss<sup class="reference"><a href="#c1">[1]</a></sup></li></ul></div></td></tr>
			<tr><th colspan="2" class="infobox-header">Production</th></tr>
			<tr><th>Network</th><td>Channel&nbsp;9</td></tr></table><p>Halloran is a drama.</p>`,
			want: "= Halloran =\n\nCreated by | Ann Lee, Bo Tran |\nStarring | Ann Lee, Cy Moss |\nNetwork | Channel 9 |\n\nHalloran is a drama.",
		},
		{
			name: "a table of header and data cells is read as fields",
			body: `<p>Details:</p><table><tr><th>Genre</th><td>Crime</td></tr><tr><th>Network</th><td>Channel 9</td></tr></table>`,
			want: "Details:\n\nGenre | Crime |\nNetwork | Channel 9 |",
		},
		{
			name: "a data table keeps its rows",
			body: `<table class="wikitable"><tr><th>Actor</th><th>Character</th><th>Seasons</th></tr>
			<tr><td>Ann Lee</td><td>Kit</td><td>1–3</td></tr><tr><td>Bo Tran</td><td></td><td>2</td></tr></table>`,
			want: "Actor | Character | Seasons |\nAnn Lee | Kit | 1–3 |\nBo Tran | | 2 |",
		},
		{
			name: "a layout table is read as blocks",
			body: `<table><tr><td><p>First column text.</p></td><td><p>Second column text.</p></td></tr></table>`,
			want: "First column text.\n\nSecond column text.",
		},
		{
			name: "a wiki's portable infobox",
			body: `<h1>Kit Halloran</h1><aside class="portable-infobox pi-background"><h2 class="pi-item pi-title">Kit Halloran</h2>
			<section class="pi-item pi-group"><h2 class="pi-header">Information</h2>
			<div class="pi-item pi-data" data-source="actor"><h3 class="pi-data-label">Portrayed by</h3><div class="pi-data-value">Ann Lee</div></div>
			<div class="pi-item pi-data"><h3 class="pi-data-label">Occupation</h3><div class="pi-data-value">Detective<br>Sergeant</div></div></section></aside>
			<p>Kit is a detective.</p>`,
			want: "= Kit Halloran =\n\nPortrayed by | Ann Lee |\nOccupation | Detective, Sergeant |\n\nKit is a detective.",
		},
		{
			name: "page chrome is left out",
			body: `<div id="cookie-banner" class="cookie-consent">We use cookies. <button>Accept</button></div>
			<header class="site-header"><a href="/">Daily Screen</a></header>
			<nav><ul><li><a href="/tv">TV</a></li><li><a href="/film">Film</a></li></ul></nav>
			<main><article><h1>Halloran returns</h1><div class="share-buttons">Share on Facebook</div>
			<p>Halloran returns in May.<sup class="reference">[1]</sup></p>
			<div class="related-articles"><h3>Related</h3><ul><li>Other show renewed</li></ul></div>
			<p>Ann Lee stars.<span class="mw-editsection">[edit]</span></p>
			<p hidden>Hidden text.</p><p style="display: none">Invisible text.</p></article>
			<section id="comments"><p>Great show! — Dee</p></section></main>
			<aside class="sidebar"><h2>Popular</h2><p>Another show</p></aside>
			<footer><p>© Daily Screen</p></footer>`,
			want: "= Halloran returns =\n\nHalloran returns in May.\n\nAnn Lee stars.",
		},
		{
			name: "a figure gives its caption, not its image's alt text",
			body: `<p>Text before.</p><figure><img src="a.jpg" alt="A woman on a couch"><figcaption>Ann Lee (Kit Halloran) in HALLORAN. Photo Agency</figcaption></figure><p>Text after.</p>`,
			want: "Text before.\n\nAnn Lee (Kit Halloran) in HALLORAN. Photo Agency\n\nText after.",
		},
		{
			name: "character references and white space",
			body: `<p>Ren&eacute;e &amp; Kit&#8217;s   case&#x2014;solved &copy 2025</p><p>Rene&#x301;e again</p>`,
			want: "Renée & Kit’s case—solved © 2025\n\nRenée again",
		},
		{
			name: "preformatted text keeps its lines",
			body: "<pre>Ann Lee\n  Kit Halloran</pre>",
			want: "Ann Lee\n  Kit Halloran",
		},
		{
			name: "words of an element readability dropped are not written where the article has them too",
			body: `<table><tr><th>Director</th><th>Writer</th></tr><tr><td>Bo Tran</td><td><a href="/a">Ann Lee</a></td></tr></table>
			<div id="article"><p>` + storyText + `</p><p>` + storyText + `</p><p>` + storyText + `</p></div>`,
			want: storyLines + "\n\n" + storyLines + "\n\n" + storyLines,
		},
		{
			name: "a data table readability dropped from the end of the article is read",
			body: `<p>` + storyText + `</p><p>` + storyText + `</p><p>` + storyText + `</p><h2>Episodes</h2>
			<table class="wikitable plainrowheaders"><tr><th>No.</th><th>Title</th><th>Directed by</th></tr><tr><th>1</th><td>"Pilot"</td><td><a href="/b">Bo Tran</a></td></tr></table>`,
			want: storyLines + "\n\n" + storyLines + "\n\n" + storyLines + "\n\n== Episodes ==\n\nNo. | Title | Directed by |\n1 | \"Pilot\" | Bo Tran |",
		},
		{
			name: "a heading is written whole when readability drops a span of it",
			body: `<div id="article"><p>` + storyText + `</p><p>` + storyText + `</p><h2><span class="mw-headline" id="Community">Community</span></h2><p>` + storyText + `</p></div>`,
			want: storyLines + "\n\n" + storyLines + "\n\n== Community ==\n\n" + storyLines,
		},
		{
			name: "a data table readability dropped from between parts of the article is read",
			body: `<p>` + storyText + `</p><p>` + storyText + `</p><h2>Episodes</h2>
			<table class="wikitable plainrowheaders"><tr><th>No.</th><th>Title</th><th>Directed by</th></tr><tr><th>1</th><td>"Pilot"</td><td><a href="/b">Bo Tran</a></td></tr></table>
			<h2>Reception</h2><p>` + storyText + `</p>`,
			want: storyLines + "\n\n" + storyLines + "\n\n== Episodes ==\n\nNo. | Title | Directed by |\n1 | \"Pilot\" | Bo Tran |\n\n== Reception ==\n\n" + storyLines,
		},
		{
			name: "without a heading the title element is the title line",
			head: "<title>Halloran (TV series) - Wiki</title>",
			body: "<p>Halloran is a crime drama.</p>",
			want: "= Halloran (TV series) - Wiki =\n\nHalloran is a crime drama.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := loadOne(t, "page.html", page(tt.head, tt.body))
			if d.Text != tt.want {
				t.Errorf("Text =\n%s\nwant\n%s", d.Text, tt.want)
			}
			checkOffsets(t, d)
		})
	}
}

func TestHTMLMetadata(t *testing.T) {
	tests := []struct {
		name, head, body          string
		title, kind, date, author string
	}{
		{
			name:  "news article in JSON-LD",
			head:  `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Halloran renewed","datePublished":"2025-07-10T09:30:00Z","author":[{"@type":"Person","name":"Jo Reyes"}]}</script>`,
			body:  `<h1>Halloran renewed</h1><p>Text.</p>`,
			title: "Halloran renewed", kind: "news", date: "2025-07-10", author: "Jo Reyes",
		},
		{
			name:  "review in a JSON-LD graph",
			head:  `<script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"Review","headline":"Halloran, reviewed"}]}</script>`,
			body:  `<p>Text.</p>`,
			title: "Halloran, reviewed", kind: "review",
		},
		{
			name:  "an infobox makes an encyclopedia page, over a generic JSON-LD article",
			head:  `<script type="application/ld+json">{"@type":"Article","headline":"American crime drama"}</script>`,
			body:  `<main><h1>Halloran (TV series)</h1><table class="infobox"><tr><th>Genre</th><td>Crime</td></tr></table><p>Text.</p></main>`,
			title: "Halloran (TV series)", kind: "encyclopedia",
		},
		{
			name:  "a wiki page without an infobox is an encyclopedia page",
			head:  `<meta name="generator" content="MediaWiki 1.43">`,
			body:  `<h1>List of Halloran episodes</h1><p>Text.</p>`,
			title: "List of Halloran episodes", kind: "encyclopedia",
		},
		{
			name:  "Open Graph title and date, time and byline",
			head:  `<meta property="og:title" content="Halloran: the verdict"><meta property="article:published_time" content="2024-03-01T10:00:00+00:00">`,
			body:  `<header><h1 class="site-title">Daily Screen</h1></header><article><p class="byline">By Dee Park</p><p>Text.</p></article>`,
			title: "Halloran: the verdict", kind: "news", date: "2024-03-01", author: "Dee Park",
		},
		{
			name:  "a review says so in its title",
			head:  `<title>Halloran Season 1 Review – Daily Screen</title>`,
			body:  `<p>Text.</p>`,
			title: "Halloran Season 1 Review – Daily Screen", kind: "review",
		},
		{
			name:  "a time element dates the page",
			body:  `<article><h1>Halloran returns</h1><time datetime="2025-01-31">January 31</time><p>Text.</p></article>`,
			title: "Halloran returns", kind: "news", date: "2025-01-31",
		},
		{
			name: "nothing said: an article",
			body: `<p>Some text about a show.</p>`,
			kind: "article",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := loadOne(t, "page.html", page(tt.head, tt.body))
			if d.Title != tt.title || d.Kind != tt.kind || d.Date != tt.date || d.Author != tt.author {
				t.Errorf("title %q kind %q date %q author %q, want %q %q %q %q", d.Title, d.Kind, d.Date, d.Author, tt.title, tt.kind, tt.date, tt.author)
			}
		})
	}
}

// TestReaderChoice checks that the reader is chosen by extension and
// content together.
func TestReaderChoice(t *testing.T) {
	tests := []struct {
		name, file, content, reader string
	}{
		{"HTML by extension", "a.html", "<p>Text.</p>", "html2"},
		{"HTM by extension", "a.HTM", "<div>Text.</div>", "html2"},
		{"an .html file without a tag is text", "a.html", "Just text, no tags.", "text"},
		{"HTML without an extension, by its opening", "page", "<!doctype html><p>Text.</p>", "html2"},
		{"HTML by its opening after a comment", "saved.dat", "<!-- saved from url -->\n<html><body>Text.</body></html>", "html2"},
		{"a .txt file is text whatever it holds", "a.txt", "<html><body>Text.</body></html>", "text"},
		{"Markdown by extension", "a.md", "# Title\n\nText.", "markdown1"},
		{"Markdown's other extension", "a.markdown", "Text.", "markdown1"},
		{"an unknown extension is text", "a.log", "Text.", "text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := loadOne(t, tt.file, tt.content).Reader; got != tt.reader {
				t.Errorf("read by %q, want %q", got, tt.reader)
			}
		})
	}
}

// realPages are real web pages kept under testdata/html, with their
// licences in the repository's NOTICE.
var realPages = []string{"wikipedia_mozilla.html"}

// TestHTMLRealPages reads real pages: the text is its golden file (run
// with -update to accept a change), every word maps back to the bytes of
// the page that show it, and none of the page's chrome is in the text.
func TestHTMLRealPages(t *testing.T) {
	for _, name := range realPages {
		t.Run(name, func(t *testing.T) {
			p := filepath.Join("testdata", "html", name)
			raw, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			d := loadOne(t, name, string(raw))
			golden.Check(t, p+".txt.golden", []byte(d.Text+"\n"))
			checkOffsets(t, d)
			for _, chrome := range []string{"Navigation menu", "Main page", "[edit]", "Privacy policy", "Retrieved from"} {
				if strings.Contains(d.Text, chrome) {
					t.Errorf("text holds the page chrome %q", chrome)
				}
			}
			if d.Kind != "encyclopedia" {
				t.Errorf("kind %q, want encyclopedia", d.Kind)
			}
		})
	}
}

// TestHTMLCharset checks that a page in a one-byte character set it
// declares is decoded, offsets still counting its own bytes.
func TestHTMLCharset(t *testing.T) {
	tests := []struct {
		name, file, content, want, wantErr string
	}{
		{"meta charset", "a.html", "<html><head><meta charset=\"windows-1252\"></head><body><p>Ren\xe9e \x93Ballard\x94</p></body></html>", "Renée “Ballard”", ""},
		{"http-equiv", "a.htm", "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head><body><p>Ren\xe9e</p></body></html>", "Renée", ""},
		{"an undeclared set is an error", "a.html", "<p>Ren\xe9e</p>", "", "invalid UTF-8 at byte offset 6"},
		{"a set kg does not read", "a.html", "<meta charset=\"shift_jis\"><p>\x82\xa0\xff</p>", "", "declares shift_jis"},
		{"a text file declares nothing", "a.txt", "<meta charset=\"windows-1252\">Ren\xe9e", "", "invalid UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, map[string]string{tt.file: tt.content})
			docs, probs, _ := sources.Loader{}.Load(context.Background(), []string{filepath.Join(dir, tt.file)})
			if tt.wantErr != "" {
				if len(probs) != 1 || !strings.Contains(probs[0].Error(), tt.wantErr) {
					t.Errorf("problems %v, want one saying %q", probs, tt.wantErr)
				}
				return
			}
			if len(docs) != 1 || docs[0].Text != tt.want {
				t.Fatalf("docs %v problems %v, want text %q", docs, probs, tt.want)
			}
			d := docs[0]
			i := strings.Index(d.Text, "Renée")
			a, b := d.Original(i, i+len("Renée"))
			if got := string(d.Raw[a:b]); got != "Ren\xe9e" {
				t.Errorf("Renée maps to %q", got)
			}
		})
	}
}
