package main

import (
	"bytes"
	"context"
	"fmt"
	"html/template"
	"net"
	"net/http"
	"path"
	"strings"
	"time"

	"github.com/kgbuild/kg/queries"
	"github.com/urfave/cli/v2"
)

// defaultGuideAddr is where kg guide listens unless told otherwise.
const defaultGuideAddr = "127.0.0.1:8001"

// guideExamples are the values the guide's :param blocks offer, taken from
// the seed corpus so that a first run shows something; a person edits
// them in Browser's editor before running. A parameter missing here gets
// an empty string to fill in.
var guideExamples = map[string]string{
	"name":      "Renée Ballard",
	"series":    "Ballard",
	"subject":   "Maggie Q",
	"predicate": "PLAYS",
	"object":    "Renée Ballard",
	"from":      "Maggie Q",
	"to":        "Harry Bosch",
}

// guidePage is what the guide template needs.
type guidePage struct {
	Views    []queries.Query // Browser queries, drawn as graphs
	Queries  []queries.Query // saved queries, shown as tables
	StyleURL string          // where Browser can fetch style.grass; empty when not served
}

// guideTemplate is a Neo4j Browser guide: an <article class="guide"> whose
// <slide> elements Browser shows one at a time, and whose <pre
// class="runnable"> blocks it copies into its editor when clicked. Text
// for blocks goes through the runnable func (see runnableText).
var guideTemplate = template.Must(template.New("guide").Funcs(template.FuncMap{
	"runnable": runnableText,
	"body":     queryBody,
	"params":   paramCommands,
}).Parse(`<article class="guide">
  <carousel class="deck container-fluid">
    <slide class="row-fluid">
      <div class="col-sm-3">
        <h3>kg: saved queries</h3>
        <p class="lead">Questions the kg knowledge graph answers, one per slide.</p>
      </div>
      <div class="col-sm-9">
        <p>Click a block to copy it into the editor, then run it. A query that takes parameters comes with <code>:param</code> blocks holding example values from the seed corpus: edit and run them first.</p>
{{- if .StyleURL}}
        <p>Colour the graph by entity type (the same colours as <code>kg viz</code>), with names as captions:</p>
        <pre class="pre-scrollable code runnable">{{runnable (printf ":style %s" .StyleURL)}}</pre>
{{- end}}
        <p>Drawn as a graph:</p>
        <ul>
{{- range .Views}}
          <li><b>{{.Name}}</b>: {{.Question}}</li>
{{- end}}
        </ul>
        <p>As tables (also run in a terminal with <code>kg query</code>):</p>
        <ul>
{{- range .Queries}}
          <li><b>{{.Name}}</b>: {{.Question}}</li>
{{- end}}
        </ul>
      </div>
    </slide>
{{- range $q := .Views}}{{template "slide" $q}}{{end}}
{{- range $q := .Queries}}{{template "slide" $q}}{{end}}
  </carousel>
</article>
{{define "slide"}}
    <slide class="row-fluid" id="{{.Name}}">
      <div class="col-sm-3">
        <h3>{{.Name}}</h3>
        <p class="lead">{{.Question}}</p>
      </div>
      <div class="col-sm-9">
{{- if .Notes}}
        <p>{{.Notes}}</p>
{{- end}}
{{- range params .Params}}
        <pre class="pre-scrollable code runnable">{{runnable .}}</pre>
{{- end}}
        <pre class="pre-scrollable code runnable" data-query="{{.Name}}">{{runnable (body .Cypher)}}</pre>
      </div>
    </slide>
{{- end}}`))

// runnableText escapes s for the inside of a <pre>, with "=" written as a
// character reference too: Browser removes anything matching
// \s+on\S*\s*=\s*value from a guide before showing it (to drop event
// handler attributes), which would eat Cypher such as "WHERE one = 1";
// the block's text content is unchanged.
func runnableText(s string) template.HTML {
	return template.HTML(strings.ReplaceAll(template.HTMLEscapeString(s), "=", "&#61;"))
}

// queryBody is a query file without its header comment, which the slide
// already shows as text.
func queryBody(cypher string) string {
	lines := strings.Split(strings.ReplaceAll(cypher, "\r\n", "\n"), "\n")
	i := 0
	for i < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[i]), "//") {
		i++
	}
	return strings.TrimSpace(strings.Join(lines[i:], "\n"))
}

// paramCommands returns one Browser :param command per parameter, with its
// example value (see guideExamples).
func paramCommands(params []string) []string {
	out := make([]string, len(params))
	for i, p := range params {
		out[i] = ":param " + p + " => " + cypherQuote(guideExamples[p])
	}
	return out
}

// cypherQuote writes s as a single-quoted Cypher string.
func cypherQuote(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(s) + "'"
}

// renderGuide writes the guide page. styleURL, when not empty, is where
// Browser can fetch the style sheet.
func renderGuide(views, qs []queries.Query, styleURL string) ([]byte, error) {
	var b bytes.Buffer
	if err := guideTemplate.Execute(&b, guidePage{Views: views, Queries: qs, StyleURL: styleURL}); err != nil {
		return nil, fmt.Errorf("guide: %w", err)
	}
	return b.Bytes(), nil
}

// guideHandler serves the guide at /guide.html and the Browser style sheet
// at /style.grass. Neo4j Browser fetches both from its own page with
// fetch(), sending Pragma and Cache-Control headers, so a cross-origin
// preflight comes first: every response allows any origin (the content is
// public and read-only, and Browser may be served from Neo4j, from
// localhost or from a hosted page) and the preflight allows the headers
// Browser asks for and, for a page on a public origin, the private network.
func guideHandler(page, style []byte) http.Handler {
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

// playURL is the URL to give Browser's :play for a server listening on
// addr. Browser fetches guides only from hosts in its
// browser.remote_content_hostname_allowlist, whose default is
// "guides.neo4j.com, localhost": it compares host names, so a guide on
// 127.0.0.1 is refused unless it is reached as localhost.
func playURL(addr, file string) string {
	host, port, err := net.SplitHostPort(addr)
	if err == nil && (host == "127.0.0.1" || host == "::1" || host == "localhost") {
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, port) + "/" + file
}

func guideCommand() *cli.Command {
	return &cli.Command{
		Name:      "guide",
		Usage:     "serve the saved queries as a Neo4j Browser guide",
		UsageText: "kg guide [--addr 127.0.0.1:8001] [--print]",
		Description: "guide serves an HTML page of kg's saved queries (queries/*.cypher), each as a block that\n" +
			"Neo4j Browser copies into its editor with one click, and the Browser style sheet\n" +
			"(style.grass) that colours entities by type. It prints the :play command to paste into\n" +
			"Browser and serves until interrupted. It listens on a loopback address only.\n" +
			"--print writes the page to standard output instead, to host it elsewhere.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "addr", Value: defaultGuideAddr, Usage: "loopback `HOST:PORT` to listen on"},
			&cli.BoolFlag{Name: "print", Usage: "write the guide HTML to standard output and exit"},
		},
		Action: func(c *cli.Context) error {
			if c.Args().Len() > 0 {
				return usagef("guide: unexpected argument %q", c.Args().First())
			}
			addr := c.String("addr")
			host, _, err := net.SplitHostPort(addr)
			if err != nil {
				return usagef("guide: --addr %s: %v", addr, err)
			}
			if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
				return usagef("guide: --addr %s: kg guide listens on a loopback address only (such as 127.0.0.1:8001)", addr)
			}
			views, qs := queries.Browser(), queries.All()
			if c.Bool("print") {
				page, err := renderGuide(views, qs, "")
				if err != nil {
					return err
				}
				_, err = c.App.Writer.Write(page)
				return err
			}
			return serveGuide(c.Context, c, addr, views, qs)
		},
	}
}

// serveGuide listens on addr, prints where to point Browser, and serves
// until ctx is cancelled.
func serveGuide(ctx context.Context, c *cli.Context, addr string, views, qs []queries.Query) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("guide: %w (is another kg guide running? choose another port with --addr 127.0.0.1:PORT)", err)
	}
	addr = ln.Addr().String() // the real port when :0 was asked for
	page, err := renderGuide(views, qs, playURL(addr, "style.grass"))
	if err != nil {
		ln.Close()
		return err
	}
	srv := &http.Server{Handler: guideHandler(page, queries.Style), ReadHeaderTimeout: 10 * time.Second}
	w := c.App.Writer
	fmt.Fprintf(w, "kg guide: serving %d queries on http://%s/guide.html\n", len(views)+len(qs), addr)
	fmt.Fprintf(w, "In Neo4j Browser, run:\n\n  :play %s\n\n", playURL(addr, "guide.html"))
	fmt.Fprintf(w, "(Browser loads guides only from hosts in browser.remote_content_hostname_allowlist,\n"+
		"which allows localhost by default.) Press Ctrl-C to stop.\n")

	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("guide: %w", err)
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		return fmt.Errorf("guide: stop: %w", err)
	}
	return nil
}
