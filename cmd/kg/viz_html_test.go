package main

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/graph/export"
)

// TestVizHTML checks kg viz's HTML output without a browser: the format
// chosen from -o or --format, the page's parts, a neighbourhood page, and
// the usage errors. It needs no Graphviz.
func TestVizHTML(t *testing.T) {
	store := vizStore(t, vizGraph())
	outDir := t.TempDir()
	tests := []struct {
		name     string
		args     []string
		file     string // output file, "" for stdout
		code     int
		has      []string
		stderrRe string
	}{
		{name: "format from -o", args: []string{"-o", filepath.Join(outDir, "g.html")}, file: "g.html",
			has: []string{"<title>kg graph</title>", `"name":"Renée Ballard"`, `"name":"Los Angeles"`}},
		{name: "--format to stdout", args: []string{"--format", "html"}, has: []string{`id="kg-data"`, "cytoscape"}},
		{name: "--format beats the extension", args: []string{"--format", "html", "-o", filepath.Join(outDir, "g.txt")}, file: "g.txt",
			has: []string{"<!DOCTYPE html>"}},
		{name: "neighbourhood", args: []string{"-f", "html", "--entity", "Maggie Q"},
			has: []string{"<title>Neighbourhood of Maggie Q (depth 1)</title>", `"focus":[`}},
		{name: "unknown entity", args: []string{"-f", "html", "--entity", "Jerry Edgar"}, code: 1, stderrRe: `no entity is called "Jerry Edgar"`},
		{name: "unknown format", args: []string{"--format", "gif"}, code: 2, stderrRe: `--format gif: want svg, png, pdf or html`},
		{name: "unknown extension", args: []string{"-o", filepath.Join(outDir, "x.gif")}, code: 2, stderrRe: `want a \.svg, \.png or \.pdf file, or \.html`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("PATH", t.TempDir()) // no dot: the page needs none
			code, stdout, stderr := runKG(t, append([]string{"--store", store, "viz"}, tt.args...)...)
			if code != tt.code {
				t.Fatalf("exit code %d, want %d; stderr:\n%s", code, tt.code, stderr)
			}
			if tt.stderrRe != "" && !regexp.MustCompile(tt.stderrRe).MatchString(stderr) {
				t.Errorf("stderr = %q, want match for %s", stderr, tt.stderrRe)
			}
			got := stdout
			if tt.file != "" {
				data, err := os.ReadFile(filepath.Join(outDir, tt.file))
				if err != nil {
					t.Fatal(err)
				}
				got = string(data)
			}
			for _, s := range tt.has {
				if !strings.Contains(got, s) {
					t.Errorf("output lacks %q", s)
				}
			}
		})
	}
}

// pageWatch collects what a page must not do: log an error, throw, or
// request anything but its own file.
type pageWatch struct {
	mu       sync.Mutex
	problems []string
}

func (w *pageWatch) add(format string, args ...any) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.problems = append(w.problems, fmt.Sprintf(format, args...))
}

// check fails t with every problem seen so far.
func (w *pageWatch) check(t *testing.T) {
	t.Helper()
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, p := range w.problems {
		t.Error(p)
	}
}

// openPage starts Chromium (skipping the test when there is none, unless
// KG_REQUIRE_CHROMIUM=1, as CI sets), opens the file at path and waits
// until its script has drawn the graph.
func openPage(t *testing.T, path string) (context.Context, *pageWatch) {
	t.Helper()
	chrome := chromium()
	if chrome == "" {
		if os.Getenv("KG_REQUIRE_CHROMIUM") == "1" {
			t.Fatal("KG_REQUIRE_CHROMIUM=1 but no chromium on PATH (apt-get install chromium)")
		}
		t.Skip("chromium not on PATH (apt-get install chromium); skipping the HTML page test")
	}
	ctx := startChromium(t, chrome)
	w := &pageWatch{}
	chromedp.ListenTarget(ctx, func(ev any) {
		switch ev := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if ev.Type == runtime.APITypeError || ev.Type == runtime.APITypeWarning {
				var args []string
				for _, a := range ev.Args {
					args = append(args, strings.Trim(string(a.Value), `"`)+a.Description)
				}
				w.add("console %s: %s", ev.Type, strings.Join(args, " "))
			}
		case *runtime.EventExceptionThrown:
			w.add("uncaught exception: %s", ev.ExceptionDetails.Error())
		case *log.EventEntryAdded:
			if ev.Entry.Level == log.LevelError {
				w.add("browser log: %s (%s)", ev.Entry.Text, ev.Entry.URL)
			}
		case *network.EventRequestWillBeSent:
			if u := ev.Request.URL; !strings.HasPrefix(u, "file://") && !strings.HasPrefix(u, "data:") {
				w.add("the page requested %s", u)
			}
		case *page.EventJavascriptDialogOpening:
			w.add("the page opened a %s dialog: %q", ev.Type, ev.Message)
		}
	})
	act(t, ctx, "open "+path,
		network.Enable(), log.Enable(),
		chromedp.EmulateViewport(1600, 1000),
		chromedp.Navigate("file://"+path),
		chromedp.Poll(`window.kgView && kgView.ready`, nil, chromedp.WithPollingTimeout(30*time.Second)),
	)
	return ctx, w
}

// act runs chromedp actions with a timeout of their own, failing t with a
// screenshot when they fail.
func act(t *testing.T, ctx context.Context, what string, actions ...chromedp.Action) {
	t.Helper()
	sctx, cancel := context.WithTimeout(ctx, 40*time.Second)
	defer cancel()
	if err := chromedp.Run(sctx, actions...); err != nil {
		t.Fatalf("%s: %v (screenshot: %s)", what, err, saveScreenshot(ctx, "kg-html-failed"))
	}
}

// evalJS evaluates a JavaScript expression in the page into a value of type T.
func evalJS[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	var v T
	act(t, ctx, "evaluate "+firstLine(expr), chromedp.Evaluate(expr, &v))
	return v
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// seedPage ingests the seed corpus into a new store, writes its page with
// kg viz and the extra arguments given, and returns the graph and the
// page's path.
func seedPage(t *testing.T, args ...string) (*graph.Graph, string) {
	t.Helper()
	g := seedGraph(t)
	path := filepath.Join(t.TempDir(), "seed.html")
	code, _, stderr := runKG(t, append([]string{"--store", vizStore(t, g), "viz", "--format", "html", "-o", path}, args...)...)
	if code != 0 {
		t.Fatalf("kg viz --format html: exit %d: %s", code, stderr)
	}
	return g, path
}

// entityWithSpelling returns the entity that has a variant spelled name.
func entityWithSpelling(t *testing.T, g *graph.Graph, name string) graph.Entity {
	t.Helper()
	for _, e := range g.Entities {
		for _, v := range e.Variants {
			if v.Name == name {
				return e
			}
		}
	}
	t.Fatalf("no entity of the seed graph is spelled %q", name)
	return graph.Entity{}
}

// TestVizHTMLInBrowser opens the page of the seed corpus from file:// in
// headless Chromium, as a person would, and uses it: every entity is
// drawn, searching a spelling selects the entity it belongs to, and
// clicking a relation shows its evidence with the document's title and
// date. The page must log no error and request nothing. It saves
// screenshots (docs/html-seed-graph.png and docs/html-search.png are
// such).
func TestVizHTMLInBrowser(t *testing.T) {
	g, path := seedPage(t)
	ctx, watch := openPage(t, path)
	defer watch.check(t)

	drawn, _, ok := waitDrawn(ctx, len(g.Entities), len(g.Relations))
	status := evalJS[string](t, ctx, `document.getElementById('status').textContent`)
	t.Logf("the page draws %d nodes; status: %s; screenshot: %s", drawn, status, saveScreenshot(ctx, "kg-html-seed-graph"))
	if !ok {
		t.Errorf("the page draws %d nodes, want the graph's %d entities, with its %d relations", drawn, len(g.Entities), len(g.Relations))
	}
	if want := fmt.Sprintf("Showing %d of %d entities", len(g.Entities), len(g.Entities)); !strings.HasPrefix(status, want) {
		t.Errorf("status = %q, want it to start with %q", status, want)
	}

	docs := map[string]graph.Document{}
	for _, d := range g.Documents {
		docs[d.ID] = d
	}
	parker := entityWithSpelling(t, g, "Zamira Parker")
	if !slices.ContainsFunc(parker.Variants, func(v graph.Variant) bool { return v.Name == "Samira Parker" }) {
		t.Fatalf("%s has no variant Samira Parker: %v", parker.ID, parker.Variants)
	}
	renee := entityWithSpelling(t, g, "Renée Ballard")
	searches := []struct {
		name, query string
		want        graph.Entity
	}{
		{"one spelling", "Zamira Parker", parker},
		{"the other spelling, lower case", "samira parker", parker},
		{"without the accent", "Renee Ballard", renee},
		{"accented, upper case", "RENÉE BALLARD", renee},
	}
	for _, tt := range searches {
		t.Run("search "+tt.name, func(t *testing.T) {
			searchFor(t, ctx, tt.query)
			got := evalJS[map[string]any](t, ctx, `({id: kgView.selected ? kgView.selected.id : '',
  heading: document.querySelector('#details h2')?.textContent ?? '',
  variants: Array.from(document.querySelectorAll('#details .variants > li')).map(li => li.innerText)})`)
			if got["id"] != tt.want.ID || got["heading"] != tt.want.Name {
				t.Errorf("searching %q selects %q (%q), want %s (%s)", tt.query, got["id"], got["heading"], tt.want.ID, tt.want.Name)
			}
			// Each spelling is listed with the titles of the documents
			// that use it.
			variants, _ := got["variants"].([]any)
			if len(variants) != len(tt.want.Variants) {
				t.Errorf("the details of %s list %d spellings, want %d: %v", tt.want.Name, len(variants), len(tt.want.Variants), variants)
			}
			for _, v := range tt.want.Variants {
				if !slices.ContainsFunc(variants, func(li any) bool { return spellingShown(li.(string), v, docs) }) {
					t.Errorf("the details of %s do not list %q with its documents: %v", tt.want.Name, v.Name, variants)
				}
			}
		})
	}
	t.Run("search keys", func(t *testing.T) {
		for in, want := range map[string]string{
			"Renée Ballard": "renee ballard", "SØREN": "soren", "Straße": "strasse", "Tūtū": "tutu",
			`Hieronymus "Harry" Bosch`: "hieronymus harry bosch", "Robbery-Homicide": "robbery homicide",
		} {
			if got := evalJS[string](t, ctx, "kgView.fold("+jsString(in)+")"); got != want {
				t.Errorf("fold(%q) = %q, want %q", in, got, want)
			}
		}
	})
	t.Run("filters", func(t *testing.T) { checkFilters(t, ctx, g) })
	searchFor(t, ctx, "Zamira Parker")
	t.Logf("screenshot: %s", saveScreenshot(ctx, "kg-html-search"))

	t.Run("click a relation", func(t *testing.T) { clickRelation(t, ctx, g, renee.ID) })
}

// spellingShown reports whether the text of a spelling's entry in the
// details names the variant and the title of each document using it.
func spellingShown(text string, v graph.Variant, docs map[string]graph.Document) bool {
	if !strings.HasPrefix(text, v.Name) {
		return false
	}
	for d := range v.Documents {
		if !strings.Contains(text, docs[d].Title) {
			return false
		}
	}
	return true
}

// checkFilters unticks the Person type and then the PLAYS predicate, and
// checks that their nodes and relations are no longer drawn, and that
// ticking them again draws everything.
func checkFilters(t *testing.T, ctx context.Context, g *graph.Graph) {
	counts := g.Count()
	types := map[string]string{}
	for _, e := range g.Entities {
		types[e.ID] = e.Type
	}
	withPerson := 0
	for _, r := range g.Relations {
		if types[r.From] == graph.Person || types[r.To] == graph.Person {
			withPerson++
		}
	}
	box := func(list, name string) string { return fmt.Sprintf(`#%s input[data-name=%q]`, list, name) }
	tests := []struct {
		name         string
		click        []string
		nodes, edges int
	}{
		{"untick Person", []string{box("types", graph.Person)},
			len(g.Entities) - counts.Entities[graph.Person], len(g.Relations) - withPerson},
		{"tick Person, untick PLAYS", []string{box("types", graph.Person), box("predicates", "PLAYS")},
			len(g.Entities), len(g.Relations) - counts.Relations["PLAYS"]},
		{"tick PLAYS", []string{box("predicates", "PLAYS")}, len(g.Entities), len(g.Relations)},
	}
	for _, tt := range tests {
		var actions []chromedp.Action
		for _, sel := range tt.click {
			actions = append(actions, chromedp.Click(sel, chromedp.ByQuery))
		}
		act(t, ctx, tt.name, actions...)
		if n, e, ok := waitDrawn(ctx, tt.nodes, tt.edges); !ok {
			t.Errorf("%s: the page draws %d nodes and %d relations, want %d and %d", tt.name, n, e, tt.nodes, tt.edges)
		}
	}
}

// waitDrawn waits up to five seconds until the page draws the given number
// of nodes and of relations (any number when edges < 0), since Cytoscape
// restyles on its next frame, and returns what it draws.
func waitDrawn(ctx context.Context, nodes, edges int) (int, int, bool) {
	drawn := `[kgView.cy.nodes(':visible').length, kgView.cy.edges(':visible').length]`
	want := fmt.Sprintf(`(d => d[0] === %d && (%d < 0 || d[1] === %d))(%s)`, nodes, edges, edges, drawn)
	pctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	err := chromedp.Run(pctx, chromedp.Poll(want, nil, chromedp.WithPollingTimeout(5*time.Second)))
	var got []int
	chromedp.Run(ctx, chromedp.Evaluate(drawn, &got))
	if len(got) != 2 {
		return -1, -1, false
	}
	return got[0], got[1], err == nil
}

// searchFor types query into the search box and presses Enter, and waits
// until the view has moved onto the result.
func searchFor(t *testing.T, ctx context.Context, query string) {
	t.Helper()
	act(t, ctx, "search for "+query,
		chromedp.Evaluate(`document.getElementById('search').value = ''`, nil),
		chromedp.Click(`#search`, chromedp.ByQuery),
		chromedp.SendKeys(`#search`, query, chromedp.ByQuery),
		chromedp.WaitVisible(`#results li`, chromedp.ByQuery),
		chromedp.SendKeys(`#search`, "\r", chromedp.ByQuery),
		chromedp.WaitVisible(`#details h2`, chromedp.ByQuery),
		chromedp.Sleep(600*time.Millisecond), // the view's move onto the result
	)
}

// clickRelation clicks, with the mouse, a relation that has evidence from
// a dated document (one of the entity id's if it has one), and checks the details panel shows
// the sentences with their document's title and date.
func clickRelation(t *testing.T, ctx context.Context, g *graph.Graph, id string) {
	docs := map[string]graph.Document{}
	for _, d := range g.Documents {
		docs[d.ID] = d
	}
	var rel graph.Relation
	for _, r := range g.Relations {
		dated := len(r.Evidence) > 0 && docs[r.Evidence[0].Document].Date != ""
		if dated && (rel.From == "" || r.From == id || r.To == id) {
			rel = r
		}
		if dated && (r.From == id || r.To == id) {
			break
		}
	}
	if rel.From == "" {
		t.Fatal("no relation has evidence from a dated document")
	}
	// Close the details, zoom onto the relation's two ends and click the
	// middle of the line between them.
	point := evalJS[map[string]float64](t, ctx, fmt.Sprintf(`(() => {
  document.getElementById('close-details').click();
  const cy = kgView.cy, nodes = kgView.data.nodes;
  const e = cy.edges().filter(e => {
    const d = kgView.data.edges[e.data('j')];
    return d.type === %s && nodes[d.source].id === %s && nodes[d.target].id === %s;
  })[0];
  cy.stop();
  cy.fit(e.connectedNodes(), 200);
  const r = cy.container().getBoundingClientRect(), m = e.renderedMidpoint();
  return {x: r.left + m.x, y: r.top + m.y};
})()`, jsString(rel.Type), jsString(rel.From), jsString(rel.To)))
	act(t, ctx, "click the relation", chromedp.MouseClickXY(point["x"], point["y"]), chromedp.WaitVisible(`#details .evidence`, chromedp.ByQuery))
	got := evalJS[map[string]any](t, ctx, `({selected: kgView.selected,
  evidence: Array.from(document.querySelectorAll('#details .evidence')).map(b => b.innerText)})`)
	t.Logf("clicked %s: %v; screenshot: %s", rel.Key(), got["selected"], saveScreenshot(ctx, "kg-html-evidence"))
	panel := fmt.Sprint(got["evidence"])
	for _, ev := range rel.Evidence {
		d := docs[ev.Document]
		for _, want := range []string{ev.Text, d.Title, d.Date} {
			if want != "" && !strings.Contains(panel, want) {
				t.Errorf("the evidence shown for %s lacks %q:\n%s", rel.Key(), want, panel)
			}
		}
	}
}

// TestVizHTMLExpands opens a neighbourhood page of the seed graph and
// clicks a node at its edge: the page first draws exactly the
// neighbourhood, and the click draws that node's neighbours too.
func TestVizHTMLExpands(t *testing.T) {
	g, path := seedPage(t, "--entity", "Renée Ballard", "--depth", "1")
	ctx, watch := openPage(t, path)
	defer watch.check(t)

	ids := entityIDs(findEntities(g, "Renée Ballard"))
	first := export.Neighbourhood(g, ids, 1)
	if got, _, ok := waitDrawn(ctx, len(first.Entities), len(first.Relations)); !ok {
		t.Errorf("the neighbourhood page draws %d nodes, want %d", got, len(first.Entities))
	}
	// The neighbour with the most neighbours outside the first view.
	inFirst := map[string]bool{}
	for _, e := range first.Entities {
		inFirst[e.ID] = true
	}
	var click string
	var want map[string]bool
	for _, e := range first.Entities {
		around := export.Neighbourhood(g, []string{e.ID}, 1)
		union := maps.Clone(inFirst)
		for _, n := range around.Entities {
			union[n.ID] = true
		}
		if len(union) > len(want) {
			click, want = e.ID, union
		}
	}
	point := evalJS[map[string]float64](t, ctx, fmt.Sprintf(`(() => {
  const cy = kgView.cy, i = kgView.data.nodes.findIndex(n => n.id === %s);
  const r = cy.container().getBoundingClientRect(), p = cy.$id('n' + i).renderedPosition();
  return {x: r.left + p.x, y: r.top + p.y};
})()`, jsString(click)))
	act(t, ctx, "click "+click, chromedp.MouseClickXY(point["x"], point["y"]))
	if got, _, ok := waitDrawn(ctx, len(want), -1); !ok {
		t.Errorf("after clicking %s the page draws %d nodes, want %d", click, got, len(want))
	}
	act(t, ctx, "let the view move", chromedp.Sleep(500*time.Millisecond))
	t.Logf("clicked %s: %d nodes drawn; screenshot: %s", click, len(want), saveScreenshot(ctx, "kg-html-expanded"))
}

// TestVizHTMLNamesAreText opens the page of a graph whose names, sentences
// and titles are markup and script: the page must show them as text, run
// none of them and add no element for them.
func TestVizHTMLNamesAreText(t *testing.T) {
	evil := `</script><script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">`
	g := &graph.Graph{
		Documents: []graph.Document{{ID: "d1", Path: "d1.txt", Title: "<b>" + evil, Date: "2025-01-01", Hash: "h"}},
		Entities: []graph.Entity{
			{ID: "character:evil", Type: graph.Character, Name: evil, Aliases: []string{"<!-- " + evil}},
			{ID: "series:s", Type: graph.Series, Name: "S"},
		},
		Relations: []graph.Relation{{From: "character:evil", Type: "APPEARS_IN", To: "series:s", Sources: []string{"d1"},
			Evidence: []graph.Evidence{{Document: "d1", Text: evil}}}},
	}
	path := filepath.Join(t.TempDir(), "evil.html")
	if code, _, stderr := runKG(t, "--store", vizStore(t, g), "viz", "-o", path, "--entity", evil); code != 0 {
		t.Fatalf("kg viz: exit %d: %s", code, stderr)
	}
	ctx, watch := openPage(t, path)
	defer watch.check(t)
	searchFor(t, ctx, "window pwned")
	got := evalJS[map[string]any](t, ctx, `({pwned: window.pwned ?? null, imgs: document.images.length,
  scripts: document.scripts.length, heading: document.querySelector('#details h2').textContent,
  title: document.getElementById('title').textContent})`)
	if got["pwned"] != nil || got["imgs"].(float64) != 0 || got["scripts"].(float64) != 3 {
		t.Errorf("the page ran or added markup from the graph: %v", got)
	}
	if got["heading"] != evil || !strings.Contains(got["title"].(string), evil) {
		t.Errorf("names are not shown as written: heading %q, title %q", got["heading"], got["title"])
	}
}

// TestVizHTMLEmpty opens the page of a store with nothing in it: it must
// say so, with no error.
func TestVizHTMLEmpty(t *testing.T) {
	path := filepath.Join(t.TempDir(), "empty.html")
	if code, _, stderr := runKG(t, "--store", vizStore(t, &graph.Graph{}), "viz", "-o", path); code != 0 {
		t.Fatalf("kg viz: exit %d: %s", code, stderr)
	}
	ctx, watch := openPage(t, path)
	defer watch.check(t)
	if got := evalJS[string](t, ctx, `document.getElementById('status').textContent`); got != "Showing 0 of 0 entities · 0 of 0 relations" {
		t.Errorf("status = %q", got)
	}
}
