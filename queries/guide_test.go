package queries

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/kgbuild/kg/internal/golden"
)

// TestBrowser checks that the queries Browser draws as graphs are saved
// queries like the others, so that kg query lists and runs them too.
func TestBrowser(t *testing.T) {
	want := map[string][]string{"entity-neighbourhood": {"name"}}
	got := map[string][]string{}
	for _, q := range Browser() {
		got[q.Name] = q.Params
		if !q.Graph {
			t.Errorf("%s: not a graph view", q.Name)
		}
		if saved, ok := Get(q.Name); !ok || saved.Cypher != q.Cypher {
			t.Errorf("%s: not a saved query", q.Name)
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Browser queries %v, want %v", got, want)
	}
	if len(Style) == 0 {
		t.Error("style.grass is not embedded")
	}
}

// guideQueries returns small queries in the saved-query format, with
// Cypher that needs escaping in HTML and text that Browser's sanitiser
// would strip if the guide did not escape it ("one = 1").
func guideQueries(t *testing.T) []Query {
	t.Helper()
	parse := func(file, text string) Query {
		q, err := Parse(file, text)
		if err != nil {
			t.Fatal(err)
		}
		return q
	}
	// The graph view last: the guide shows it first all the same.
	return []Query{
		parse("counts.cypher", `// name: counts
// question: How many entities of each type are there?
// params:
MATCH (e:Entity) WITH e, e.type AS type, 1 AS one WHERE one = 1
RETURN type, count(*) AS n ORDER BY n DESC
`),
		parse("played-by.cypher", "// name: played-by\r\n// question: Which actor plays which character in a series?\r\n// params: series, limit\r\n"+
			"MATCH (p:Person)-[:PLAYS]->(c:Character)-[:APPEARS_IN]->(s:Series)\r\nWHERE s.name = $series AND c.name <> '<none>'\r\nRETURN p.name, c.name LIMIT $limit\r\n"),
		parse("entity-neighbourhood.cypher", `// name: entity-neighbourhood
// question: What surrounds an entity?
// params: name
// view: graph
// Drawn by Browser.
MATCH p = (e:Entity {name: $name})-[r]-(n:Entity)
RETURN p
`),
	}
}

func TestQueryBody(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"header removed", "// name: x\n// question: q?\n// params:\nRETURN 1\n", "RETURN 1"},
		{"CRLF", "// name: x\r\nMATCH (n)\r\nRETURN n\r\n", "MATCH (n)\nRETURN n"},
		{"comment after the header kept", "// name: x\nMATCH (n)\n// only the first\nRETURN n LIMIT 1", "MATCH (n)\n// only the first\nRETURN n LIMIT 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := queryBody(tt.in); got != tt.want {
				t.Errorf("queryBody = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestParamCommands(t *testing.T) {
	tests := []struct {
		name   string
		params []string
		want   string
	}{
		{"none", nil, ""},
		{"example from the corpus", []string{"name"}, ":param name => 'Renée Ballard'"},
		{"several", []string{"subject", "predicate"}, ":param subject => 'Maggie Q'|:param predicate => 'PLAYS'"},
		{"unknown parameter left to fill in", []string{"limit"}, ":param limit => ''"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := strings.Join(paramCommands(tt.params), "|"); got != tt.want {
				t.Errorf("paramCommands(%v) = %q, want %q", tt.params, got, tt.want)
			}
		})
	}
	if got := cypherQuote(`Harry's \ bar`); got != `'Harry\'s \\ bar'` {
		t.Errorf("cypherQuote = %s", got)
	}
}

// TestGuideHasEverySavedQuery renders the guide of the real saved queries
// and checks each is a runnable block.
func TestGuideHasEverySavedQuery(t *testing.T) {
	qs := All()
	page, err := Guide(qs, "")
	if err != nil {
		t.Fatal(err)
	}
	have := map[string]bool{}
	for _, b := range runnableBlocks(t, page) {
		have[b] = true
	}
	for _, q := range qs {
		if !have[queryBody(q.Cypher)] {
			t.Errorf("query %s is not a runnable block of the guide", q.Name)
		}
		for _, p := range paramCommands(q.Params) {
			if !have[p] {
				t.Errorf("query %s: no runnable %q", q.Name, p)
			}
		}
	}
	if m := browserSanitiser.FindString(string(page)); m != "" {
		t.Errorf("Browser would strip %q from the guide", m)
	}
}

func TestGuideGolden(t *testing.T) {
	qs := guideQueries(t)
	page, err := Guide(qs, "http://localhost:8001/style.grass")
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, filepath.Join("testdata", "guide.html.golden"), page)
}

// runnableBlocks returns the text of every <pre class="... runnable ...">
// of an HTML guide, as Browser's textContent would give it.
func runnableBlocks(t *testing.T, page []byte) []string {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(page))
	var blocks []string
	var cur *strings.Builder
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("guide is not well-formed: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if tok.Name.Local != "pre" {
				continue
			}
			for _, a := range tok.Attr {
				if a.Name.Local == "class" && strings.Contains(" "+a.Value+" ", " runnable ") {
					cur = &strings.Builder{}
				}
			}
		case xml.CharData:
			if cur != nil {
				cur.Write(tok)
			}
		case xml.EndElement:
			if tok.Name.Local == "pre" && cur != nil {
				blocks = append(blocks, strings.TrimSpace(cur.String()))
				cur = nil
			}
		}
	}
	return blocks
}

// browserSanitiser is the expression Neo4j Browser 5 removes from a remote
// guide before showing it (cleanHtml in its source); no saved query may
// match it, or Browser would run a different query from the file.
var browserSanitiser = regexp.MustCompile(`(?i)(\s+(on[^\s=]+)[^\s=]*\s*=\s*("[^"]*"|'[^']*'|[\w\-.:]+\s*))`)

func TestGuideHandler(t *testing.T) {
	qs := guideQueries(t)
	page, err := Guide(qs, "http://localhost:8001/style.grass")
	if err != nil {
		t.Fatal(err)
	}
	style := []byte("node.Person {\n  color: #68BDF6;\n}\n")
	srv := httptest.NewServer(GuideHandler(page, style))
	defer srv.Close()
	browserOrigin := "http://127.0.0.1:7474"

	tests := []struct {
		name, method, path string
		header             map[string]string
		status             int
		want               map[string]string // response headers
	}{
		{"guide", "GET", "/guide.html", map[string]string{"Origin": browserOrigin, "Pragma": "no-cache", "Cache-Control": "no-cache"}, 200,
			map[string]string{"Access-Control-Allow-Origin": "*", "Content-Type": "text/html; charset=utf-8"}},
		{"preflight as Browser sends it", "OPTIONS", "/guide.html", map[string]string{"Origin": browserOrigin,
			"Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "cache-control,pragma"}, 204,
			map[string]string{"Access-Control-Allow-Origin": "*", "Access-Control-Allow-Headers": "cache-control,pragma",
				"Access-Control-Allow-Methods": "GET, HEAD, OPTIONS"}},
		{"preflight from a public origin", "OPTIONS", "/guide.html", map[string]string{"Origin": "https://browser.neo4j.io",
			"Access-Control-Request-Method": "GET", "Access-Control-Request-Private-Network": "true"}, 204,
			map[string]string{"Access-Control-Allow-Private-Network": "true"}},
		{"style sheet", "GET", "/style.grass", map[string]string{"Origin": browserOrigin}, 200,
			map[string]string{"Access-Control-Allow-Origin": "*", "Content-Type": "text/plain; charset=utf-8"}},
		{"root redirects", "GET", "/", nil, 302, map[string]string{"Location": "/guide.html"}},
		{"unknown path", "GET", "/etc/passwd", nil, 404, map[string]string{"Access-Control-Allow-Origin": "*"}},
		{"dot-dot stays inside", "GET", "/x/../guide.html", nil, 200, nil},
		{"no writes", "POST", "/guide.html", nil, 405, map[string]string{"Allow": "GET, HEAD, OPTIONS"}},
	}
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, _ := http.NewRequest(tt.method, srv.URL+tt.path, nil)
			for k, v := range tt.header {
				req.Header.Set(k, v)
			}
			resp, err := client.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != tt.status {
				t.Errorf("status %d, want %d", resp.StatusCode, tt.status)
			}
			for k, v := range tt.want {
				if got := resp.Header.Get(k); got != v {
					t.Errorf("%s = %q, want %q", k, got, v)
				}
			}
		})
	}

	resp, err := http.Get(srv.URL + "/guide.html")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !bytes.HasPrefix(body, []byte(`<article class="guide">`)) || bytes.Count(body, []byte("<slide")) != len(qs)+1 {
		t.Errorf("guide is not an <article class=\"guide\"> with one slide per query and an introduction")
	}
	blocks := runnableBlocks(t, body)
	have := map[string]bool{}
	for _, b := range blocks {
		have[b] = true
	}
	for _, q := range qs {
		if !have[queryBody(q.Cypher)] {
			t.Errorf("query %s is not a runnable block with its exact Cypher", q.Name)
		}
	}
	for _, want := range []string{":style http://localhost:8001/style.grass", ":param name => 'Renée Ballard'", ":param series => 'Ballard'", ":param limit => ''"} {
		if !have[want] {
			t.Errorf("no runnable block %q; blocks: %q", want, blocks)
		}
	}
	if m := browserSanitiser.FindString(string(body)); m != "" {
		t.Errorf("Browser would strip %q from the guide", m)
	}
	if bytes.Contains(bytes.ToLower(body), []byte("<script")) {
		t.Errorf("guide contains a script element")
	}
}

func TestPlayURL(t *testing.T) {
	tests := []struct{ addr, want string }{
		{"127.0.0.1:8001", "http://localhost:8001/guide.html"},
		{"localhost:9000", "http://localhost:9000/guide.html"},
		{"[::1]:8001", "http://localhost:8001/guide.html"},
		{"127.0.0.2:8001", "http://127.0.0.2:8001/guide.html"},
	}
	for _, tt := range tests {
		if got := PlayURL(tt.addr, "guide.html"); got != tt.want {
			t.Errorf("PlayURL(%s) = %s, want %s", tt.addr, got, tt.want)
		}
	}
}
