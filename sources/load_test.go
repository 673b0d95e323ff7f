package sources_test

import (
	"context"
	"errors"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/kgbuild/kg/sources"
)

// fakeWeb is a sources.Fetcher serving pages from a map, recording what
// was asked.
type fakeWeb struct {
	pages map[string]*sources.Page
	asked []string
}

func (w *fakeWeb) Fetch(_ context.Context, url string) (*sources.Page, error) {
	w.asked = append(w.asked, url)
	p, ok := w.pages[url]
	if !ok {
		return nil, errors.New("HTTP 404 Not Found")
	}
	return p, nil
}

func htmlPage(url, title string) *sources.Page {
	return &sources.Page{URL: url, FinalURL: url, ContentType: "text/html; charset=utf-8",
		Body: []byte(page("", "<h1>"+title+"</h1><p>"+title+" is a crime drama.</p>"))}
}

const feedXML = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Screen news</title><link>https://news.example/</link>
<item><title>One</title><link>https://news.example/one.html</link></item>
<item><title>Two</title><link>/two</link></item>
</channel></rss>
`

func TestLoaderWeb(t *testing.T) {
	web := map[string]*sources.Page{
		"https://wiki.example/wiki/Halloran_(TV_series)": htmlPage("https://wiki.example/wiki/Halloran_(TV_series)", "Halloran (TV series)"),
		"https://news.example/one.html":                  htmlPage("https://news.example/one.html", "One"),
		"https://news.example/two":                       htmlPage("https://news.example/two", "Two"),
		"https://news.example/feed": {URL: "https://news.example/feed", FinalURL: "https://news.example/feed",
			ContentType: "application/rss+xml", Body: []byte(feedXML)},
		"https://notes.example/n.php": {URL: "https://notes.example/n.php", ContentType: "text/markdown", Body: []byte("# Note\n\nText.\n")},
		"https://files.example/a.pdf": {URL: "https://files.example/a.pdf", ContentType: "application/pdf", Body: []byte("%PDF-1.7\n")},
	}
	type problem struct{ path, err string }
	tests := []struct {
		name      string
		files     map[string]string
		paths     []string // files relative to the test folder, or URLs
		wantDocs  []string // paths of the documents, sorted
		wantProbs []problem
	}{
		{
			name:     "a web address",
			paths:    []string{"https://wiki.example/wiki/Halloran_(TV_series)"},
			wantDocs: []string{"https://wiki.example/wiki/Halloran_(TV_series)"},
		},
		{
			name:      "a page that cannot be fetched is reported",
			paths:     []string{"https://wiki.example/missing", "https://news.example/two"},
			wantDocs:  []string{"https://news.example/two"},
			wantProbs: []problem{{"https://wiki.example/missing", "HTTP 404"}},
		},
		{
			name:     "a feed stands for its items",
			paths:    []string{"https://news.example/feed"},
			wantDocs: []string{"https://news.example/one.html", "https://news.example/two"},
		},
		{
			name:     "a feed file stands for its items",
			files:    map[string]string{"news.xml": feedXML},
			paths:    []string{"news.xml"},
			wantDocs: []string{"https://news.example/one.html", "https://news.example/two"},
		},
		{
			name:     "a file of addresses given by name stands for its pages",
			files:    map[string]string{"reading.txt": "# to read\nhttps://news.example/two\n\nhttps://news.example/one.html  \n"},
			paths:    []string{"reading.txt"},
			wantDocs: []string{"https://news.example/one.html", "https://news.example/two"},
		},
		{
			name:     "a file of addresses found in a folder is a document",
			files:    map[string]string{"corpus/reading.txt": "https://news.example/two\n"},
			paths:    []string{"corpus"},
			wantDocs: []string{"corpus/reading.txt"},
		},
		{
			name:     "the same page named twice is read once",
			files:    map[string]string{"reading.txt": "https://news.example/two\n"},
			paths:    []string{"https://news.example/two", "reading.txt"},
			wantDocs: []string{"https://news.example/two"},
		},
		{
			name:      "a page that is not text is reported",
			paths:     []string{"https://files.example/a.pdf"},
			wantProbs: []problem{{"https://files.example/a.pdf", "the page is application/pdf, not text"}},
		},
		{
			name:     "the server's content type chooses the reader",
			paths:    []string{"https://notes.example/n.php"},
			wantDocs: []string{"https://notes.example/n.php"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, tt.files)
			var paths []string
			for _, p := range tt.paths {
				if !strings.HasPrefix(p, "https://") {
					p = filepath.Join(dir, p)
				}
				paths = append(paths, p)
			}
			docs, probs, err := sources.Loader{Fetcher: &fakeWeb{pages: web}}.Load(context.Background(), paths)
			if err != nil && len(tt.wantDocs) > 0 {
				t.Fatalf("Load: %v %v", err, probs)
			}
			var got []string
			for _, d := range docs {
				got = append(got, strings.TrimPrefix(strings.TrimPrefix(d.Path, dir), "/"))
			}
			sort.Strings(got)
			if strings.Join(got, " ") != strings.Join(tt.wantDocs, " ") {
				t.Errorf("documents %q, want %q", got, tt.wantDocs)
			}
			if len(probs) != len(tt.wantProbs) {
				t.Fatalf("problems %v, want %v", probs, tt.wantProbs)
			}
			for i, w := range tt.wantProbs {
				if probs[i].Path != w.path || !strings.Contains(probs[i].Error(), w.err) {
					t.Errorf("problem %q, want one about %s saying %q", probs[i].Error(), w.path, w.err)
				}
			}
		})
	}
}

// TestWebDocument checks what a fetched page becomes: its address is its
// path, its id is made of the address, its reader is the HTML reader.
func TestWebDocument(t *testing.T) {
	const url = "https://wiki.example/wiki/Halloran_(TV_series)"
	docs, _, err := sources.Loader{Fetcher: &fakeWeb{pages: map[string]*sources.Page{url: htmlPage(url, "Halloran (TV series)")}}}.Load(context.Background(), []string{url})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	if d.Path != url || d.ID != "wiki.example-wiki-halloran-tv-series" || d.Reader != "html2" || d.Title != "Halloran (TV series)" {
		t.Errorf("path %q id %q reader %q title %q", d.Path, d.ID, d.Reader, d.Title)
	}
	if d.CacheKey() == d.Hash {
		t.Errorf("cache key %q is the bare hash: a text reader's parse of the same bytes would be taken", d.CacheKey())
	}
}

func TestLoaderWithoutFetcher(t *testing.T) {
	_, probs, err := sources.Loader{}.Load(context.Background(), []string{"https://wiki.example/x"})
	if !errors.Is(err, sources.ErrNoDocuments) || len(probs) != 1 || !strings.Contains(probs[0].Error(), "fetching is off") {
		t.Errorf("Load = %v, %v; want the address reported and no documents", err, probs)
	}
}

func TestReadSourceList(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"lists/my.list": "# sources\r\nhttps://a.example/x\n\nnotes/a.md\n/abs/b.txt\n   # indented comment\n"})
	got, err := sources.ReadSourceList(filepath.Join(dir, "lists", "my.list"))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"https://a.example/x", filepath.Join(dir, "lists", "notes", "a.md"), "/abs/b.txt"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("entries %q, want %q", got, want)
	}
	if _, err := sources.ReadSourceList(filepath.Join(dir, "none.list")); err == nil || !strings.Contains(err.Error(), "no such file") {
		t.Errorf("missing list: %v", err)
	}
}
