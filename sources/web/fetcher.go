package web

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"sync"
	"time"

	"github.com/kgbuild/kg/sources"
)

// DefaultUserAgent names kg to the sites it reads, with where to learn
// what it is; its product token, "kg", is what robots.txt rules name.
const DefaultUserAgent = "kg/1 (knowledge-graph builder; +https://github.com/kgbuild/kg)"

// Config configures a Fetcher. Zero values mean the defaults.
type Config struct {
	// Dir keeps fetched pages; "" keeps nothing, so every run fetches
	// everything again and nothing works offline.
	Dir string
	// UserAgent is sent with every request (DefaultUserAgent); its first
	// word, before any "/", is the product token robots.txt is read for.
	UserAgent string
	// Timeout bounds each request, reading included (30 seconds).
	Timeout time.Duration
	// MaxSize is the largest page accepted, in bytes (16 MiB).
	MaxSize int64
	// Delay is the least time between two requests to one host (one
	// second); a longer Crawl-delay in robots.txt wins, up to a minute.
	Delay time.Duration
	// Offline serves kept pages only and never touches the network.
	Offline bool
	// Transport makes the requests (http.DefaultTransport).
	Transport http.RoundTripper
}

// maxCrawlDelay caps a robots.txt Crawl-delay, so that a site cannot stall
// an ingest for hours; a site asking for more is read at this pace.
const maxCrawlDelay = time.Minute

// Stats counts what a Fetcher did.
type Stats struct {
	Fetched     int // pages whose bytes came from the server
	NotModified int // pages the server said had not changed since kept
	Kept        int // pages served from the store without asking (offline, or the network failing)
}

// Fetcher fetches pages (see the package comment). It implements
// sources.Fetcher; its methods may be called from several goroutines, one
// request going out at a time.
type Fetcher struct {
	cfg    Config
	client *http.Client
	store  *store
	mu     sync.Mutex
	robots map[string]*robots   // by scheme and host
	last   map[string]time.Time // the last request to each host
	stats  Stats
}

var _ sources.Fetcher = (*Fetcher)(nil)

// New makes a Fetcher, checking its configuration.
func New(cfg Config) (*Fetcher, error) {
	if cfg.Timeout < 0 || cfg.Delay < 0 || cfg.MaxSize < 0 {
		return nil, errors.New("web: timeout, delay and size limit must not be negative")
	}
	if cfg.UserAgent == "" {
		cfg.UserAgent = DefaultUserAgent
	}
	if cfg.Timeout == 0 {
		cfg.Timeout = 30 * time.Second
	}
	if cfg.MaxSize == 0 {
		cfg.MaxSize = sources.DefaultMaxSize
	}
	if cfg.Delay == 0 {
		cfg.Delay = time.Second
	}
	f := &Fetcher{cfg: cfg, store: newStore(cfg.Dir), robots: map[string]*robots{}, last: map[string]time.Time{}}
	f.client = &http.Client{Transport: cfg.Transport, CheckRedirect: f.checkRedirect}
	return f, nil
}

// Stats returns what the Fetcher has done so far.
func (f *Fetcher) Stats() Stats {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.stats
}

// Fetch returns the page at raw. With a kept copy it asks the server
// whether the page changed (If-None-Match, If-Modified-Since) and uses the
// copy when not; when the server cannot be reached it uses the copy too.
func (f *Fetcher) Fetch(ctx context.Context, raw string) (*sources.Page, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("not a web address a page can be fetched from")
	}
	kept, keptBody := f.store.get(raw)
	if f.cfg.Offline {
		if kept == nil {
			return nil, errors.New("offline, and this page was never fetched")
		}
		f.stats.Kept++
		return page(raw, kept, keptBody, true), nil
	}
	err = f.allowed(ctx, u)
	var p *sources.Page
	if err == nil {
		p, err = f.get(ctx, raw, u, kept, keptBody)
	}
	var netErr *networkError
	if errors.As(err, &netErr) && kept != nil && ctx.Err() == nil {
		f.stats.Kept++
		return page(raw, kept, keptBody, true), nil
	}
	return p, err
}

// get makes the request and keeps what came back.
func (f *Fetcher) get(ctx context.Context, raw string, u *url.URL, kept *entry, keptBody []byte) (*sources.Page, error) {
	hdr := http.Header{}
	if kept != nil {
		if kept.ETag != "" {
			hdr.Set("If-None-Match", kept.ETag)
		}
		if kept.LastModified != "" {
			hdr.Set("If-Modified-Since", kept.LastModified)
		}
	}
	resp, body, err := f.do(ctx, u, hdr)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode == http.StatusNotModified && kept != nil {
		f.stats.NotModified++
		p := page(raw, kept, keptBody, false)
		p.NotModified = true
		return p, nil
	}
	e := entry{URL: raw, FinalURL: resp.Request.URL.String(), ContentType: resp.Header.Get("Content-Type"),
		ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified"), Fetched: time.Now().UTC()}
	f.stats.Fetched++
	if err := f.store.put(e, body); err != nil {
		return nil, err
	}
	return page(raw, &e, body, false), nil
}

// page is a sources.Page of a kept or fetched entry.
func page(raw string, e *entry, body []byte, kept bool) *sources.Page {
	return &sources.Page{URL: raw, FinalURL: e.FinalURL, ContentType: e.ContentType, Body: body, Fetched: e.Fetched, Kept: kept}
}

// networkError is a failure to get an answer at all, as opposed to an
// answer that says no: with it, a kept copy can stand in.
type networkError struct{ err error }

func (e *networkError) Error() string { return e.err.Error() }
func (e *networkError) Unwrap() error { return e.err }

// do sends one GET at the host's pace, within the timeout, and reads the
// body within the size limit. Any status but 200 and 304 is an error.
func (f *Fetcher) do(ctx context.Context, u *url.URL, hdr http.Header) (*http.Response, []byte, error) {
	if err := f.wait(ctx, u); err != nil {
		return nil, nil, err
	}
	// The host's delay runs from its answer, not from the request: a slow
	// site gets its pause after the work it did.
	defer func() { f.last[u.Host] = time.Now() }()
	ctx, cancel := context.WithTimeout(ctx, f.cfg.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, nil, err
	}
	req.Header = hdr
	req.Header.Set("User-Agent", f.cfg.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/markdown;q=0.9,text/plain;q=0.8,application/rss+xml;q=0.8,application/atom+xml;q=0.8,*/*;q=0.1")
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, nil, f.failure(ctx, err)
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusNotModified:
		return resp, nil, nil
	case resp.StatusCode != http.StatusOK:
		return nil, nil, fmt.Errorf("HTTP %s", resp.Status)
	case resp.ContentLength > f.cfg.MaxSize:
		return nil, nil, fmt.Errorf("page is %d bytes, larger than the %d-byte limit", resp.ContentLength, f.cfg.MaxSize)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.cfg.MaxSize+1))
	if err != nil {
		return nil, nil, f.failure(ctx, err)
	}
	if int64(len(body)) > f.cfg.MaxSize {
		return nil, nil, fmt.Errorf("page is larger than the %d-byte limit", f.cfg.MaxSize)
	}
	return resp, body, nil
}

// failure says why a request got no answer.
func (f *Fetcher) failure(ctx context.Context, err error) error {
	var rerr *redirectError
	switch {
	case errors.As(err, &rerr):
		return rerr
	case errors.Is(ctx.Err(), context.DeadlineExceeded):
		return &networkError{fmt.Errorf("no answer within %s", f.cfg.Timeout)}
	}
	return &networkError{err}
}
