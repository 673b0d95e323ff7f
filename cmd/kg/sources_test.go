package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// copyFile copies src to dst.
func copyFile(t *testing.T, src, dst string) {
	t.Helper()
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestIngestMixedFolder ingests one folder of plain text, a saved web page
// and a Markdown note: one graph, in which the three documents' names are
// reconciled.
func TestIngestMixedFolder(t *testing.T) {
	corpus := t.TempDir()
	copyFile(t, filepath.Join(cliSources, "002_ee6f08d6101e13f5.txt"), filepath.Join(corpus, "wiki.txt"))
	copyFile(t, "../../eval/testdata/seedweb/corpus/003_c720d0bdedcd237d.html", filepath.Join(corpus, "pages", "review.html"))
	note := "---\ntitle: Watch notes\n---\n# Watch notes\n\n## Cast\n\n- Maggie Q as Renée Ballard\n- Courtney Taylor as Zamira Parker\n\nBallard streams on Amazon Prime Video.\n"
	if err := os.MkdirAll(filepath.Join(corpus, "notes"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(corpus, "notes", "watch.md"), []byte(note), 0o644); err != nil {
		t.Fatal(err)
	}
	store := t.TempDir()
	r := cliMustRun(t, "--store", store, "ingest", corpus)
	checkSummary(t, r.stdout, 3, 0)
	_, g := cliExport(t, store)
	var ids []string
	for _, d := range g.Documents {
		ids = append(ids, d.ID)
	}
	if strings.Join(ids, " ") != "notes/watch pages/review wiki" {
		t.Errorf("documents %q", ids)
	}
	docsOf := map[string]int{}
	for _, m := range g.Mentions {
		docsOf[m.Entity]++
	}
	for _, id := range []string{"person:maggie-q", "series:ballard"} {
		if docsOf[id] != 3 {
			t.Errorf("%s is mentioned in %d documents, want all 3: one graph across the readers", id, docsOf[id])
		}
	}
}

// webSite serves two pages with ETags and a robots.txt, counting the
// pages it sent.
type webSite struct {
	mu   sync.Mutex
	sent map[string]int
}

func newWebSite(t *testing.T) (*webSite, *httptest.Server) {
	w := &webSite{sent: map[string]int{}}
	pages := map[string]string{
		"/ballard": "../../eval/testdata/seedweb/corpus/002_ee6f08d6101e13f5.html",
		"/review":  "../../eval/testdata/seedweb/corpus/003_c720d0bdedcd237d.html",
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(rw http.ResponseWriter, r *http.Request) {
		fmt.Fprint(rw, "User-agent: *\nDisallow: /admin/\n")
	})
	for path, file := range pages {
		body, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		mux.HandleFunc(path, func(rw http.ResponseWriter, r *http.Request) {
			etag := fmt.Sprintf(`"%d"`, len(body))
			rw.Header().Set("ETag", etag)
			if r.Header.Get("If-None-Match") == etag {
				rw.WriteHeader(http.StatusNotModified)
				return
			}
			w.mu.Lock()
			w.sent[path]++
			w.mu.Unlock()
			rw.Header().Set("Content-Type", "text/html; charset=utf-8")
			rw.Write(body)
		})
	}
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return w, srv
}

// TestIngestURL ingests web pages from a local server: the first run
// fetches them, the second fetches nothing that did not change and builds
// the same graph, and with the server gone --offline still works.
func TestIngestURL(t *testing.T) {
	site, srv := newWebSite(t)
	store := t.TempDir()
	list := filepath.Join(t.TempDir(), "pages.list")
	if err := os.WriteFile(list, []byte("# pages\n"+srv.URL+"/review\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{"--store", store, "ingest", "--fetch-delay", "1ms", srv.URL + "/ballard", "--from", list}
	r := cliMustRun(t, args...)
	if !strings.Contains(r.stdout, "web pages: 2 fetched, 0 not modified") {
		t.Errorf("first run:\n%s", r.stdout)
	}
	first, g := cliExport(t, store)
	if len(g.Documents) != 2 || g.Documents[0].Path != srv.URL+"/ballard" && g.Documents[1].Path != srv.URL+"/ballard" {
		t.Errorf("documents %+v", g.Documents)
	}
	r = cliMustRun(t, args...)
	if !strings.Contains(r.stdout, "web pages: 0 fetched, 2 not modified") {
		t.Errorf("second run:\n%s", r.stdout)
	}
	checkSummary(t, r.stdout, 2, 2)
	for path, n := range site.sent {
		if n != 1 {
			t.Errorf("%s sent %d times, want once", path, n)
		}
	}
	srv.Close()
	r = cliMustRun(t, append(args, "--offline")...)
	if !strings.Contains(r.stdout, "2 kept copies used") {
		t.Errorf("offline run:\n%s", r.stdout)
	}
	if again, _ := cliExport(t, store); string(again) != string(first) {
		t.Errorf("the graph built from kept pages differs from the first")
	}
}

// TestIngestURLProblems checks that a page that cannot be fetched is one
// line on stderr, like a bad file, and the others are ingested.
func TestIngestURLProblems(t *testing.T) {
	_, srv := newWebSite(t)
	r := cliRun(t, "--store", t.TempDir(), "ingest", "--no-cache", "--fetch-delay", "1ms", srv.URL+"/ballard", srv.URL+"/gone", srv.URL+"/admin/x")
	if r.code != exitError {
		t.Errorf("exit code %d, want %d", r.code, exitError)
	}
	for _, want := range []string{"kg: skipped " + srv.URL + "/gone: HTTP 404 Not Found", "kg: skipped " + srv.URL + "/admin/x: robots.txt of the site disallows it"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	checkSummary(t, r.stdout, 1, 0)
}

// TestIngestFileNames checks the messages about hostile files: a name with
// a line break is one escaped line, and a link out of the folder is
// reported unless --follow-symlinks is given.
func TestIngestFileNames(t *testing.T) {
	corpus := t.TempDir()
	copyFile(t, filepath.Join(cliSources, "002_ee6f08d6101e13f5.txt"), filepath.Join(corpus, "wiki.txt"))
	if err := os.WriteFile(filepath.Join(corpus, "evil\nkg: all good.txt"), nil, 0o644); err != nil {
		t.Skipf("no such names here: %v", err)
	}
	outside := filepath.Join(t.TempDir(), "secret.txt")
	copyFile(t, filepath.Join(cliSources, "004_7e01e6e73a6f2d4d.txt"), outside)
	if err := os.Symlink(outside, filepath.Join(corpus, "linked.txt")); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	r := cliRun(t, "--store", t.TempDir(), "ingest", corpus)
	skipped := 0
	for _, l := range strings.Split(r.stderr, "\n") {
		if strings.HasPrefix(l, "kg: skipped ") {
			skipped++
		}
		if strings.HasPrefix(l, "kg: all good") {
			t.Errorf("a file name forged the line %q", l)
		}
	}
	if skipped != 2 || r.code != exitError {
		t.Fatalf("exit %d, stderr:\n%s\nwant two files skipped", r.code, r.stderr)
	}
	if !strings.Contains(r.stderr, `evil\nkg: all good.txt": empty file`) {
		t.Errorf("stderr does not show the name escaped:\n%s", r.stderr)
	}
	if !strings.Contains(r.stderr, "linked.txt: symbolic link to") || !strings.Contains(r.stderr, "--follow-symlinks") {
		t.Errorf("stderr does not report the link:\n%s", r.stderr)
	}
	checkSummary(t, r.stdout, 1, 0)
	r = cliRun(t, "--store", t.TempDir(), "ingest", "--follow-symlinks", corpus)
	checkSummary(t, r.stdout, 2, 0)
}
