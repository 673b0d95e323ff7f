package sources

import (
	"bytes"
	"fmt"
	"net/url"
	"regexp"
	"strings"

	"github.com/mmcdole/gofeed"
)

// feedStart matches the opening of an RSS, RDF or Atom document.
var feedStart = regexp.MustCompile(`^(?:\s*<\?xml[^>]*\?>)?(?:\s*<!--.*?-->|\s*<\?[^>]*\?>)*\s*<(?:rss|feed|rdf:RDF)\b`)

// sniffFeed reports whether a page or file is a feed (RSS or Atom), by
// the server's content type or by its opening element.
func sniffFeed(contentType string, body []byte) bool {
	switch mediaType(contentType) {
	case "application/rss+xml", "application/atom+xml", "application/rdf+xml":
		return true
	}
	head := body
	if len(head) > 1024 {
		head = head[:1024]
	}
	return feedStart.Match(head)
}

// feedLinks are the addresses of the items of a feed, in the feed's order,
// made absolute against the feed's own address (or, for a feed file, the
// site it names).
func feedLinks(body []byte, base string) ([]string, error) {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("read feed: %w", err)
	}
	if !isURL(base) {
		base = f.Link
	}
	b, _ := url.Parse(base)
	var out []string
	seen := map[string]bool{}
	for _, it := range f.Items {
		link := strings.TrimSpace(it.Link)
		if link == "" && len(it.Links) > 0 {
			link = strings.TrimSpace(it.Links[0])
		}
		if link == "" {
			continue
		}
		if u, err := url.Parse(link); err == nil && b != nil {
			link = b.ResolveReference(u).String()
		}
		if isURL(link) && !seen[link] {
			seen[link] = true
			out = append(out, link)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("feed has no item with a web address")
	}
	return out, nil
}
