package web_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kgbuild/kg/sources/web"
)

// site is a test web site: its pages, what it was asked and how often it
// sent a page's bytes.
type site struct {
	mu     sync.Mutex
	robots string
	agents []string
	served map[string]int // full responses by path
	asked  []time.Time
}

func newSite(t *testing.T, robots string) (*site, *httptest.Server) {
	s := &site{robots: robots, served: map[string]int{}}
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		switch s.robots {
		case "":
			http.NotFound(w, r)
		case "500":
			http.Error(w, "down", http.StatusInternalServerError)
		default:
			fmt.Fprint(w, s.robots)
		}
	})
	page := func(path, body string, headers map[string]string) {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			s.note(r)
			for k, v := range headers {
				w.Header().Set(k, v)
			}
			if et := headers["ETag"]; et != "" && r.Header.Get("If-None-Match") == et {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			if lm := headers["Last-Modified"]; lm != "" && r.Header.Get("If-Modified-Since") == lm {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			s.mu.Lock()
			s.served[r.URL.Path]++
			s.mu.Unlock()
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, body)
		})
	}
	page("/page", "<p>A page.</p>", nil)
	page("/etag", "<p>Has an ETag.</p>", map[string]string{"ETag": `"v1"`})
	page("/dated", "<p>Has a date.</p>", map[string]string{"Last-Modified": "Wed, 09 Jul 2025 10:00:00 GMT"})
	page("/private/page", "<p>Private.</p>", nil)
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		s.note(r)
		http.Redirect(w, r, "/page", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/to-private", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/private/page", http.StatusFound)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(2 * time.Second):
		case <-r.Context().Done():
		}
		fmt.Fprint(w, "<p>Late.</p>")
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		for range 100 {
			fmt.Fprint(w, strings.Repeat("<p>padding</p>", 100))
		}
	})
	mux.HandleFunc("/huge-declared", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "50000")
		w.Write([]byte(strings.Repeat("x", 50000)))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return s, srv
}

func (s *site) note(r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.agents = append(s.agents, r.Header.Get("User-Agent"))
	s.asked = append(s.asked, time.Now())
}

func newFetcher(t *testing.T, cfg web.Config) *web.Fetcher {
	t.Helper()
	if cfg.Delay == 0 {
		cfg.Delay = time.Millisecond
	}
	f, err := web.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestFetch(t *testing.T) {
	_, srv := newSite(t, "User-agent: *\nDisallow: /private/\n")
	tests := []struct {
		name, path, wantErr, wantBody, wantFinal string
		cfg                                      web.Config
	}{
		{name: "a page", path: "/page", wantBody: "<p>A page.</p>", wantFinal: "/page"},
		{name: "a redirect is followed", path: "/moved", wantBody: "<p>A page.</p>", wantFinal: "/page"},
		{name: "not found", path: "/nowhere", wantErr: "HTTP 404 Not Found"},
		{name: "disallowed by robots.txt", path: "/private/page", wantErr: "robots.txt of the site disallows it"},
		{name: "redirected to a disallowed page", path: "/to-private", wantErr: "robots.txt of the site disallows it"},
		{name: "a redirect loop", path: "/loop", wantErr: "stopped after 10 redirects"},
		{name: "a slow answer", path: "/slow", cfg: web.Config{Timeout: 100 * time.Millisecond}, wantErr: "no answer within 100ms"},
		{name: "a huge page", path: "/huge", cfg: web.Config{MaxSize: 10000}, wantErr: "larger than the 10000-byte limit"},
		{name: "a huge page that says so", path: "/huge-declared", cfg: web.Config{MaxSize: 10000}, wantErr: "page is 50000 bytes, larger than the 10000-byte limit"},
		{name: "not a web address", path: "ftp://x", wantErr: "not a web address"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFetcher(t, tt.cfg)
			url := srv.URL + tt.path
			if strings.Contains(tt.path, "://") {
				url = tt.path
			}
			p, err := f.Fetch(context.Background(), url)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("Fetch = %v, want an error containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if string(p.Body) != tt.wantBody || p.FinalURL != srv.URL+tt.wantFinal || p.URL != url || !strings.HasPrefix(p.ContentType, "text/html") {
				t.Errorf("page %+v", p)
			}
		})
	}
}

// TestFetchRobotsUnreachable checks RFC 9309's rule: a robots.txt that
// fails with a server error disallows the whole site.
func TestFetchRobotsUnreachable(t *testing.T) {
	_, srv := newSite(t, "500")
	_, err := newFetcher(t, web.Config{}).Fetch(context.Background(), srv.URL+"/page")
	if err == nil || !strings.Contains(err.Error(), "robots.txt") {
		t.Errorf("Fetch = %v, want it refused", err)
	}
}

// TestFetchUserAgent checks that every request names kg.
func TestFetchUserAgent(t *testing.T) {
	s, srv := newSite(t, "")
	if _, err := newFetcher(t, web.Config{}).Fetch(context.Background(), srv.URL+"/page"); err != nil {
		t.Fatal(err)
	}
	for _, a := range s.agents {
		if a != web.DefaultUserAgent {
			t.Errorf("user agent %q, want %q", a, web.DefaultUserAgent)
		}
	}
}

// TestFetchConditional checks that a second run, with the pages kept by
// the first, asks only whether they changed: the server sends no page
// twice, and the kept bytes are returned.
func TestFetchConditional(t *testing.T) {
	s, srv := newSite(t, "")
	dir := t.TempDir()
	for run := 1; run <= 2; run++ {
		f := newFetcher(t, web.Config{Dir: dir})
		for _, path := range []string{"/etag", "/dated"} {
			p, err := f.Fetch(context.Background(), srv.URL+path)
			if err != nil {
				t.Fatalf("run %d %s: %v", run, path, err)
			}
			if p.NotModified != (run == 2) || !strings.HasPrefix(string(p.Body), "<p>Has") {
				t.Errorf("run %d %s: not modified %v, body %q", run, path, p.NotModified, p.Body)
			}
		}
		st := f.Stats()
		if run == 1 && st.Fetched != 2 || run == 2 && (st.Fetched != 0 || st.NotModified != 2) {
			t.Errorf("run %d: %+v", run, st)
		}
	}
	for _, path := range []string{"/etag", "/dated"} {
		if s.served[path] != 1 {
			t.Errorf("%s sent %d times, want once", path, s.served[path])
		}
	}
}

// TestFetchOffline checks that kept pages serve without the network: with
// --offline, and when the server is gone.
func TestFetchOffline(t *testing.T) {
	_, srv := newSite(t, "")
	dir := t.TempDir()
	if _, err := newFetcher(t, web.Config{Dir: dir}).Fetch(context.Background(), srv.URL+"/page"); err != nil {
		t.Fatal(err)
	}
	url := srv.URL + "/page"
	srv.Close()
	for _, cfg := range []web.Config{{Dir: dir, Offline: true}, {Dir: dir}} {
		f := newFetcher(t, cfg)
		p, err := f.Fetch(context.Background(), url)
		if err != nil || string(p.Body) != "<p>A page.</p>" || !p.Kept {
			t.Errorf("offline %v: %v, %+v", cfg.Offline, err, p)
		}
		if f.Stats().Kept != 1 {
			t.Errorf("offline %v: stats %+v", cfg.Offline, f.Stats())
		}
	}
	_, err := newFetcher(t, web.Config{Dir: dir, Offline: true}).Fetch(context.Background(), srv.URL+"/never")
	if err == nil || !strings.Contains(err.Error(), "never fetched") {
		t.Errorf("offline, never fetched: %v", err)
	}
}

// TestFetchDamagedStore checks that a kept page whose bytes no longer
// match its entry is not used.
func TestFetchDamagedStore(t *testing.T) {
	s, srv := newSite(t, "")
	dir := t.TempDir()
	if _, err := newFetcher(t, web.Config{Dir: dir}).Fetch(context.Background(), srv.URL+"/etag"); err != nil {
		t.Fatal(err)
	}
	bodies, _ := filepath.Glob(filepath.Join(dir, "*.body"))
	if len(bodies) != 1 {
		t.Fatalf("kept %v", bodies)
	}
	if err := os.WriteFile(bodies[0], []byte("tampered"), 0o644); err != nil {
		t.Fatal(err)
	}
	p, err := newFetcher(t, web.Config{Dir: dir}).Fetch(context.Background(), srv.URL+"/etag")
	if err != nil || string(p.Body) != "<p>Has an ETag.</p>" || s.served["/etag"] != 2 {
		t.Errorf("Fetch = %v, %q, served %d times; want the page fetched again", err, p.Body, s.served["/etag"])
	}
}

// TestFetchPace checks the least time between two requests to one host:
// the configured delay, or the site's longer Crawl-delay. The delay runs
// from the answer, so the site sees at least that much between two
// requests however the machine's load delays one in transit.
func TestFetchPace(t *testing.T) {
	tests := []struct {
		name   string
		robots string
		delay  time.Duration
		want   time.Duration
	}{
		{"configured delay", "", 150 * time.Millisecond, 150 * time.Millisecond},
		{"crawl delay of the site", "User-agent: *\nCrawl-delay: 0.3\n", time.Millisecond, 300 * time.Millisecond},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, srv := newSite(t, tt.robots)
			f := newFetcher(t, web.Config{Delay: tt.delay})
			for _, path := range []string{"/page", "/etag", "/dated"} {
				if _, err := f.Fetch(context.Background(), srv.URL+path); err != nil {
					t.Fatal(err)
				}
			}
			for i := 1; i < len(s.asked); i++ {
				if gap := s.asked[i].Sub(s.asked[i-1]); gap < tt.want-5*time.Millisecond {
					t.Errorf("requests %d and %d %v apart, want at least %v", i-1, i, gap, tt.want)
				}
			}
		})
	}
}
