package queries

import (
	"net"
	"net/http"
	"path"
)

// GuideHandler serves the guide page at /guide.html and the Browser style sheet
// at /style.grass. Neo4j Browser fetches both from its own page with
// fetch(), sending Pragma and Cache-Control headers, so a cross-origin
// preflight comes first: every response allows any origin (the content is
// public and read-only, and Browser may be served from Neo4j, from
// localhost or from a hosted page) and the preflight allows the headers
// Browser asks for and, for a page on a public origin, the private network.
func GuideHandler(page, style []byte) http.Handler {
	files := map[string]struct {
		body        []byte
		contentType string
	}{
		"/guide.html":  {page, "text/html; charset=utf-8"},
		"/style.grass": {style, "text/plain; charset=utf-8"},
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Access-Control-Allow-Origin", "*")
		if r.Method == http.MethodOptions {
			h.Set("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
			if req := r.Header.Get("Access-Control-Request-Headers"); req != "" {
				h.Set("Access-Control-Allow-Headers", req)
			}
			if r.Header.Get("Access-Control-Request-Private-Network") == "true" {
				h.Set("Access-Control-Allow-Private-Network", "true")
			}
			h.Set("Access-Control-Max-Age", "600")
			w.WriteHeader(http.StatusNoContent)
			return
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			h.Set("Allow", "GET, HEAD, OPTIONS")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		p := path.Clean("/" + r.URL.Path)
		if p == "/" {
			http.Redirect(w, r, "/guide.html", http.StatusFound)
			return
		}
		f, ok := files[p]
		if !ok || f.body == nil {
			http.NotFound(w, r)
			return
		}
		h.Set("Content-Type", f.contentType)
		h.Set("Cache-Control", "no-cache")
		h.Set("X-Content-Type-Options", "nosniff")
		if r.Method == http.MethodGet {
			w.Write(f.body)
		}
	})
}

// PlayURL is the URL to give Browser's :play for file on a server
// listening on addr. Browser fetches guides only from hosts in its
// browser.remote_content_hostname_allowlist, whose default is
// "guides.neo4j.com, localhost": it compares host names, so a guide on
// 127.0.0.1 is refused unless it is reached as localhost.
func PlayURL(addr, file string) string {
	host, port, err := net.SplitHostPort(addr)
	if err == nil && (host == "127.0.0.1" || host == "::1" || host == "localhost") {
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, port) + "/" + file
}
