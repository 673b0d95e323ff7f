package web

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// redirectError is a redirect the Fetcher would not follow.
type redirectError struct{ msg string }

func (e *redirectError) Error() string { return e.msg }

// maxRedirects is how many redirects a fetch follows.
const maxRedirects = 10

// checkRedirect follows a redirect when robots.txt allows its target, at
// the target host's pace, up to maxRedirects.
func (f *Fetcher) checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) >= maxRedirects {
		return &redirectError{fmt.Sprintf("stopped after %d redirects", maxRedirects)}
	}
	if err := f.allowed(req.Context(), req.URL); err != nil {
		return &redirectError{fmt.Sprintf("redirected to %s: %v", req.URL, err)}
	}
	return f.wait(req.Context(), req.URL)
}

// productToken is the name robots.txt rules address this client by: the
// user agent up to its first "/" or space.
func (f *Fetcher) productToken() string {
	t, _, _ := strings.Cut(f.cfg.UserAgent, "/")
	t, _, _ = strings.Cut(t, " ")
	return t
}

// allowed checks u against its site's robots.txt, fetched once per host.
// A site that does not answer at all gives a networkError, so that a kept
// copy can stand in.
func (f *Fetcher) allowed(ctx context.Context, u *url.URL) error {
	site := u.Scheme + "://" + u.Host
	r, ok := f.robots[site]
	if !ok {
		r = f.fetchRobots(ctx, site)
		f.robots[site] = r
	}
	if r == unreachable {
		return &networkError{errors.New("the site does not answer (robots.txt could not be read)")}
	}
	if !r.allowed(u.EscapedPath() + query(u)) {
		return errors.New("robots.txt of the site disallows it")
	}
	return nil
}

func query(u *url.URL) string {
	if u.RawQuery == "" {
		return ""
	}
	return "?" + u.RawQuery
}

// unreachable stands for the robots.txt of a site that did not answer: it
// disallows everything, as RFC 9309 says.
var unreachable = &robots{rules: disallowAll.rules}

// fetchRobots gets a site's robots.txt: a 4xx answer allows everything, a
// 5xx or no answer disallows everything (RFC 9309).
func (f *Fetcher) fetchRobots(ctx context.Context, site string) *robots {
	u, err := url.Parse(site + "/robots.txt")
	if err != nil {
		return disallowAll
	}
	if err := f.wait(ctx, u); err != nil {
		return disallowAll
	}
	ctx, cancel := context.WithTimeout(ctx, f.cfg.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return disallowAll
	}
	req.Header.Set("User-Agent", f.cfg.UserAgent)
	resp, err := (&http.Client{Transport: f.cfg.Transport}).Do(req)
	if err != nil {
		return unreachable
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode >= 500:
		return disallowAll
	case resp.StatusCode >= 400:
		return allowAll
	case resp.StatusCode != http.StatusOK:
		return allowAll
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, 500<<10))
	if err != nil {
		return disallowAll
	}
	return parseRobots(body, f.productToken())
}

// wait holds a request to u's host until the host's delay has passed since
// the last one was answered (or, for a redirect's hop, sent), and records
// this one.
func (f *Fetcher) wait(ctx context.Context, u *url.URL) error {
	delay := f.cfg.Delay
	if r := f.robots[u.Scheme+"://"+u.Host]; r != nil && r.delay > delay {
		delay = min(r.delay, maxCrawlDelay)
	}
	if last, ok := f.last[u.Host]; ok {
		if d := time.Until(last.Add(delay)); d > 0 {
			t := time.NewTimer(d)
			select {
			case <-ctx.Done():
				t.Stop()
				return ctx.Err()
			case <-t.C:
			}
		}
	}
	f.last[u.Host] = time.Now()
	return nil
}
