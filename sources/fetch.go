package sources

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"path"
	"regexp"
	"strings"
	"time"
)

// Fetcher gets web pages for the Loader. sources/web implements it over
// HTTP, politely (robots.txt, a rate per host, a size limit, conditional
// requests) and keeps what it fetched so that a re-ingest works offline.
type Fetcher interface {
	// Fetch returns the page at url, or an error that says why not (a
	// status, a timeout, a robots.txt rule). It may be called from one
	// goroutine at a time.
	Fetch(ctx context.Context, url string) (*Page, error)
}

// Page is a fetched web page.
type Page struct {
	URL         string // as asked
	FinalURL    string // after redirects
	ContentType string // as the server said
	Body        []byte
	Fetched     time.Time // when these bytes came from the server
	// NotModified is set when the server said the kept copy is current,
	// and Kept when the kept copy was used without asking (offline).
	NotModified, Kept bool
}

// isURL reports whether an input names a web page rather than a file.
func isURL(p string) bool {
	l := strings.ToLower(p)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

var notIDChars = regexp.MustCompile(`[^\p{L}\p{N}.]+`)

// urlID is the document id of a web page: its host and path in lower
// case, with runs of other characters made one dash and the page's
// extension dropped ("en.wikipedia.org-wiki-ballard-tv-series"). A long
// address is cut and given a short hash of the whole, so ids stay unique.
func urlID(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return shortHash(raw)
	}
	p := strings.TrimSuffix(u.Path, path.Ext(u.Path))
	s := u.Host + "/" + p
	if u.RawQuery != "" {
		s += "?" + u.RawQuery
	}
	id := strings.Trim(notIDChars.ReplaceAllString(strings.ToLower(s), "-"), "-.")
	if len(id) > 80 {
		id = strings.TrimRight(id[:72], "-.") + "-" + shortHash(raw)
	}
	return id
}

// shortHash is the first 8 hex digits of the SHA-256 of s.
func shortHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:4])
}
