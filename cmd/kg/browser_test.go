package main

import (
	"context"
	"fmt"
	"net"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/graph/export"
	"github.com/kgbuild/kg/graph/neo4j"
	"github.com/kgbuild/kg/graph/neo4j/neo4jtest"
	"github.com/kgbuild/kg/queries"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// browserGraph is a hand-made neighbourhood of Renée Ballard: her actor,
// her colleagues, her family, her series and her employer; the query test
// counts its paths exactly.
func browserGraph() *graph.Graph {
	g := vizGraph()
	g.Entities = append(g.Entities,
		graph.Entity{ID: "character:jenkins", Type: graph.Character, Name: "John Jenkins"},
		graph.Entity{ID: "character:lisa-moore", Type: graph.Character, Name: "Lisa Moore"},
		graph.Entity{ID: "org:lapd", Type: graph.Organization, Name: "LAPD"},
	)
	g.Relations = append(g.Relations,
		graph.Relation{From: "character:renee-ballard", Type: "PARTNER_OF", To: "character:jenkins", Sources: []string{"doc1"}},
		graph.Relation{From: "character:renee-ballard", Type: "PARTNER_OF", To: "character:lisa-moore", Sources: []string{"doc1"}},
		graph.Relation{From: "character:renee-ballard", Type: "MEMBER_OF", To: "org:lapd", Sources: []string{"doc1"}},
	)
	return g
}

// chromium returns the path of a Chromium or Chrome binary, or "".
func chromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// browserURL is where the test Neo4j serves Neo4j Browser: NEO4J_HTTP_URL,
// else the NEO4J_HTTP_PORT that scripts/neo4j-local was started with, else
// Neo4j's default port, on the host of NEO4J_URI.
func browserURL(cfg neo4j.Config) string {
	if u := os.Getenv("NEO4J_HTTP_URL"); u != "" {
		return u
	}
	host := "127.0.0.1"
	if u, err := url.Parse(cfg.URI); err == nil && u.Hostname() != "" {
		host = u.Hostname()
	}
	port := os.Getenv("NEO4J_HTTP_PORT")
	if port == "" {
		port = "7474"
	}
	return "http://" + net.JoinHostPort(host, port) + "/browser/"
}

// TestBrowserShowsNeighbourhood is the end-to-end check of what a person
// sees: the graph the pipeline makes of the seed corpus, written to Neo4j
// by the store, kg's guide played in the real Neo4j Browser (served by the
// test server, driven in headless Chromium), the style sheet applied from
// the guide, and the saved entity-neighbourhood query run for Renée
// Ballard. It fails unless the result is drawn as a graph with no error:
// a node for her and for each neighbour the query returns through the
// driver, each in its type's colour. Drawn nodes are told apart by the
// entity id in the data Browser binds to them, not by their captions,
// which Browser cuts short by text width and so by the fonts installed.
// It saves a screenshot of the graph frame alone, full screen, whose path
// it logs (docs/browser-renee-ballard.png is one).
func TestBrowserShowsNeighbourhood(t *testing.T) {
	cfg := neo4jtest.Config(t) // skips without NEO4J_URI, fails under KG_REQUIRE_NEO4J=1
	chrome := chromium()
	if chrome == "" {
		if os.Getenv("KG_REQUIRE_NEO4J") == "1" {
			t.Fatal("KG_REQUIRE_NEO4J=1 but no chromium on PATH (apt-get install chromium) for the Neo4j Browser test")
		}
		t.Skip("chromium not on PATH (apt-get install chromium); skipping the Neo4j Browser test")
	}
	views, qs := queries.Browser(), queries.All()
	var query queries.Query
	for _, q := range views {
		if q.Name == "entity-neighbourhood" {
			query = q
		}
	}
	if query.Name == "" {
		t.Fatal("no Browser query named entity-neighbourhood in queries/browser/")
	}

	// The seed corpus, through the real pipeline, written by the store.
	g := seedGraph(t)
	st := neo4jtest.Open(t, 0)
	if err := st.Replace(context.Background(), g); err != nil {
		t.Fatal(err)
	}
	// What the query returns for the name the guide's :param block sets:
	// the graph view must draw at least her and these neighbours.
	name := queries.GuideExamples["name"]
	self, neighbours := entityNeighbours(t, cfg, query.Cypher, name)
	if self.id == "" {
		t.Fatalf("%s finds no entity called %s", query.Name, name)
	}
	t.Logf("%s returns %d neighbours for %s: %v", query.Name, len(neighbours), name, neighbours)
	// Her actor, family, a partner, a unit and the series at least: the
	// picture is of the real neighbourhood.
	for _, want := range []struct{ name, typ string }{
		{"Maggie Q", graph.Person}, {"Tutu", graph.Character}, {"Jenny Ballard", graph.Character},
		{"Thomas Laffont", graph.Character}, {"LAPD", graph.Organization}, {"Ballard", graph.Series},
	} {
		if !slices.ContainsFunc(neighbours, func(n neighbour) bool { return n.name == want.name && n.typ == want.typ }) {
			t.Errorf("%s does not return %v for %s; it returns %v", query.Name, want, name, neighbours)
		}
	}

	// The guide, served as kg guide serves it, reached as localhost (the
	// host Browser's default allowlist accepts).
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	guideAddr := ln.Addr().String()
	page, err := queries.Guide(qs, queries.PlayURL(guideAddr, "style.grass"))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewUnstartedServer(queries.GuideHandler(page, queries.Style))
	srv.Listener.Close()
	srv.Listener = ln
	srv.Start()
	defer srv.Close()

	ctx := startChromium(t, chrome)

	step := func(what string, actions ...chromedp.Action) {
		t.Helper()
		sctx, cancel := context.WithTimeout(ctx, 40*time.Second)
		defer cancel()
		if err := chromedp.Run(sctx, actions...); err != nil {
			shot := saveScreenshot(ctx, "kg-browser-failed")
			t.Fatalf("%s: %v (screenshot: %s)", what, err, shot)
		}
	}
	u, err := url.Parse(cfg.URI)
	if err != nil {
		t.Fatal(err)
	}
	step("open Neo4j Browser at "+browserURL(cfg),
		chromedp.EmulateViewport(1600, 1000),
		chromedp.Navigate(browserURL(cfg)),
		chromedp.WaitVisible(`[data-testid="boltaddress"]`),
	)
	auth := "NO_AUTH"
	if cfg.Username != "" || cfg.Password != "" {
		auth = "NATIVE"
	}
	step("fill the connect form",
		setSelect(`[data-testid="bolt-scheme-select"]`, "bolt://"),
		setInput(`[data-testid="boltaddress"]`, u.Host),
		setSelect(`[data-testid="authenticationMethod"]`, auth),
	)
	if auth == "NATIVE" {
		step("type the credentials",
			setInput(`[data-testid="username"]`, ""),
			chromedp.SendKeys(`[data-testid="username"]`, cfg.Username),
			setInput(`[data-testid="password"]`, ""),
			chromedp.SendKeys(`[data-testid="password"]`, cfg.Password),
		)
	}
	// Browser may re-render the form while it starts up and drop a click,
	// so the click is repeated until the "disconnected" banner goes.
	for attempt := 1; ; attempt++ {
		var connected bool
		step("connect to Bolt at "+u.Host,
			chromedp.Click(`[data-testid="connect"]`),
			chromedp.ActionFunc(func(ctx context.Context) error {
				wctx, cancel := context.WithTimeout(ctx, 10*time.Second)
				defer cancel()
				connected = chromedp.Run(wctx, chromedp.WaitNotPresent(`[data-testid="disconnectedBanner"]`)) == nil
				return nil
			}),
		)
		if connected {
			break
		}
		if attempt == 3 {
			var text string
			chromedp.Run(ctx, chromedp.Evaluate(`document.querySelector('[data-testid="frameContents"]')?.innerText ?? ''`, &text))
			t.Fatalf("Browser did not connect to %s after %d tries (screenshot: %s); the connect frame says:\n%s",
				u.Host, attempt, saveScreenshot(ctx, "kg-browser-failed"), text)
		}
	}

	runCommand(t, ctx, step, ":clear")
	playCmd := ":play " + queries.PlayURL(guideAddr, "guide.html")
	runCommand(t, ctx, step, playCmd)
	var blocks int
	step("wait for the guide's runnable blocks",
		chromedp.WaitVisible(`[data-testid="carousel"] pre.runnable`),
		chromedp.Evaluate(`document.querySelectorAll('[data-testid="carousel"] pre.runnable').length`, &blocks),
	)
	t.Logf("%s: the guide's first slide shows %d runnable blocks", playCmd, blocks)

	// Clicking a runnable block puts it in the editor; run it from there,
	// as a person would.
	step("apply the style sheet from the guide",
		clickRunnable(":style"),
		chromedp.Sleep(300*time.Millisecond),
		chromedp.Click(`[data-testid="editor-Run"]`),
		chromedp.WaitVisible(`//*[@data-testid="frameCommand"][contains(., ":style")]`, chromedp.BySearch),
	)
	// Go through the guide's slides to the saved query, and run its :param
	// block and then the query, each by clicking it into the editor.
	querySel := fmt.Sprintf(`[data-testid="carousel"] pre.runnable[data-query=%q]`, query.Name)
	for i := 0; ; i++ {
		var found bool
		step("look for the "+query.Name+" slide", chromedp.Evaluate(fmt.Sprintf(`!!document.querySelector(%q)`, querySel), &found))
		if found {
			break
		}
		if i > len(views)+len(qs) {
			t.Fatalf("no slide of the guide holds the %s query", query.Name)
		}
		step("go to the next slide", chromedp.Click(`[data-testid="carousel"] [data-testid="nextSlide"]`), chromedp.Sleep(200*time.Millisecond))
	}
	step("set the query's parameter from the guide",
		clickRunnable(":param name"),
		chromedp.Sleep(300*time.Millisecond),
		chromedp.Click(`[data-testid="editor-Run"]`),
		chromedp.Sleep(time.Second),
	)
	step("run the saved query from the guide",
		chromedp.Evaluate(fmt.Sprintf(`document.querySelector(%q).click()`, querySel), nil),
		chromedp.Sleep(300*time.Millisecond),
		chromedp.Click(`[data-testid="editor-Run"]`),
	)

	var nodes, errors int
	var errText string
	var drawn []drawnNode
	step("wait for the graph",
		chromedp.WaitVisible(`svg g.node`),
		chromedp.Sleep(3*time.Second), // let the force layout settle for the picture
		chromedp.Evaluate(`document.querySelectorAll('svg g.node').length`, &nodes),
		chromedp.Evaluate(`document.querySelectorAll('[data-testid="cypherFrameErrorMessage"], [data-testid="errorBanner"]').length`, &errors),
		chromedp.Evaluate(`Array.from(document.querySelectorAll('[data-testid="cypherFrameErrorMessage"], [data-testid="errorBanner"]')).map(e => e.textContent).join(" | ")`, &errText),
		// Browser draws with d3, which keeps each node's data (its
		// properties, so the entity id) on the node's <g> as __data__.
		chromedp.Evaluate(`Array.from(document.querySelectorAll('svg g.node')).map(g => {
  const c = g.querySelector('circle.b-outline');
  const props = (g.__data__ && g.__data__.propertyMap) || {};
  return {id: String(props.id ?? ''), caption: g.textContent.trim(), fill: c ? (c.getAttribute('fill') || '') : ''};
})`, &drawn),
	)
	var frames int
	step("show the graph frame alone, full screen", graphFrameOnly(query.Name), chromedp.Sleep(2*time.Second),
		chromedp.Evaluate(`document.querySelectorAll('[data-testid="frameCommand"]').length`, &frames))
	if frames != 1 {
		t.Errorf("%d frames are open for the picture, want the graph frame alone", frames)
	}
	shot := saveScreenshot(ctx, "kg-browser-renee-ballard")
	t.Logf("Neo4j Browser drew %d nodes for %s's neighbourhood; screenshot: %s", nodes, name, shot)
	if errors > 0 {
		t.Errorf("Browser shows an error: %s", errText)
	}
	if nodes < len(neighbours)+1 {
		t.Errorf("graph view has %d nodes, want at least %d (%s and her %d neighbours)", nodes, len(neighbours)+1, name, len(neighbours))
	}
	// Her node and each neighbour's is drawn in its type's colour from
	// style.grass.
	byID := map[string]drawnNode{}
	for _, d := range drawn {
		byID[d.ID] = d
	}
	for _, want := range append([]neighbour{self}, neighbours...) {
		d, ok := byID[want.id]
		if !ok {
			t.Errorf("no node of %s (%s) in the graph view; drawn: %v", want.name, want.id, drawn)
			continue
		}
		if colour := export.Palette[want.typ].Fill; !strings.EqualFold(d.Fill, colour) {
			t.Errorf("%s is drawn in %q, want the %s colour %s from style.grass", want.name, d.Fill, want.typ, colour)
		}
	}
}

// drawnNode is a node of Browser's graph view: the entity id of the data
// bound to it, its caption (as drawn, perhaps cut short) and fill colour.
type drawnNode struct {
	ID      string `json:"id"`
	Caption string `json:"caption"`
	Fill    string `json:"fill"`
}

// graphFrameOnly closes every frame of Browser's stream but the one that
// ran the query called name (the welcome frame that Browser plays on
// connecting, the guide, :style and :param), makes that frame full screen
// and zooms its graph to fit, so that a screenshot shows the graph alone.
func graphFrameOnly(name string) chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		var kept int
		err := chromedp.Evaluate(`(() => {
  const frames = Array.from(document.querySelectorAll('[data-testid="stream"] > div'))
    .filter(f => f.querySelector('[data-testid="frameCommand"]'));
  let kept = 0;
  for (const f of frames) {
    if (f.querySelector('svg g.node') && !kept) { kept++; continue; }
    f.querySelector('button[title="Close"]')?.click();
  }
  return kept;
})()`, &kept).Do(ctx)
		if err == nil && kept != 1 {
			err = fmt.Errorf("no frame draws the graph of %s", name)
		}
		if err != nil {
			return err
		}
		return chromedp.Run(ctx,
			chromedp.Sleep(300*time.Millisecond),
			chromedp.Click(`button[title="Fullscreen"]`, chromedp.NodeVisible, chromedp.ByQuery),
			chromedp.Sleep(time.Second),
			chromedp.Click(`button[aria-label="zoom-to-fit"]`, chromedp.NodeVisible, chromedp.ByQuery),
		)
	})
}

// neighbour is an entity of the graph in Neo4j: its id, name and type.
type neighbour struct{ id, name, typ string }

// entityNeighbours runs the Browser query cypher for name through the
// driver and returns the entity found and the distinct entities its paths
// reach besides it, sorted by name.
func entityNeighbours(t *testing.T, cfg neo4j.Config, cypher, name string) (self neighbour, out []neighbour) {
	t.Helper()
	seen := map[string]bool{}
	node := func(n dbtype.Node) neighbour {
		id, _ := n.Props["id"].(string)
		nm, _ := n.Props["name"].(string)
		typ, _ := n.Props["type"].(string)
		return neighbour{id, nm, typ}
	}
	for _, row := range neo4jtest.Run(t, cfg, cypher, map[string]any{"name": name}) {
		p, ok := row["p"].(dbtype.Path)
		if !ok {
			t.Fatalf("query returned %T, want a path", row["p"])
		}
		self = node(p.Nodes[0])
		for _, n := range p.Nodes[1:] {
			if !seen[n.ElementId] {
				seen[n.ElementId] = true
				out = append(out, node(n))
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return self, out
}

// runCommand types a command into Browser's editor and runs it.
func runCommand(t *testing.T, ctx context.Context, step func(string, ...chromedp.Action), cmd string) {
	t.Helper()
	step("run "+firstLine(cmd),
		chromedp.Click(`[data-testid="activeEditor"]`),
		chromedp.KeyEvent(cmd),
		chromedp.Click(`[data-testid="editor-Run"]`),
		chromedp.Sleep(500*time.Millisecond),
	)
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// clickRunnable clicks the guide's runnable block whose text starts with
// prefix, which puts it in Browser's editor. The click is sent to the
// element itself rather than to screen coordinates, which move while
// Browser adds frames.
func clickRunnable(prefix string) chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		var found bool
		err := chromedp.Evaluate(fmt.Sprintf(`(() => {
  const pre = Array.from(document.querySelectorAll('[data-testid="carousel"] pre.runnable'))
    .find(p => p.textContent.trim().startsWith(%q));
  if (pre) pre.click();
  return !!pre;
})()`, prefix), &found).Do(ctx)
		if err == nil && !found {
			err = fmt.Errorf("no runnable block starting with %q on the guide's slide", prefix)
		}
		return err
	})
}

// setSelect chooses value in a <select> so that Browser's React handlers
// see the change, as they would a user's.
func setSelect(sel, value string) chromedp.Action {
	return setProperty("HTMLSelectElement", "change", sel, value)
}

// setInput sets the text of an <input> so that React sees the change.
func setInput(sel, value string) chromedp.Action {
	return setProperty("HTMLInputElement", "input", sel, value)
}

func setProperty(class, event, sel, value string) chromedp.Action {
	var got string
	return chromedp.Evaluate(fmt.Sprintf(`(() => {
  const el = document.querySelector(%q);
  Object.getOwnPropertyDescriptor(%s.prototype, 'value').set.call(el, %q);
  el.dispatchEvent(new Event(%q, {bubbles: true}));
  return el.value;
})()`, sel, class, value, event), &got)
}

// startChromium starts headless Chromium from the binary chrome, with a
// profile of its own and a 1600x1000 window, for the rest of the test: the
// returned context ends it (after four minutes at most).
func startChromium(t *testing.T, chrome string) context.Context {
	t.Helper()
	// A new profile for this run. Chromium may still be writing to it for a
	// moment after it is told to quit, so it is removed with retries rather
	// than by t.TempDir.
	profile, err := os.MkdirTemp("", "kg-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		for i := 0; i < 20 && os.RemoveAll(profile) != nil; i++ {
			time.Sleep(100 * time.Millisecond)
		}
	})
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chrome),
		chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1600, 1000),
	)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel := chromedp.NewContext(actx, chromedp.WithLogf(t.Logf))
	t.Cleanup(cancel)
	ctx, cancel = context.WithTimeout(ctx, 4*time.Minute)
	t.Cleanup(cancel)
	// The first Run starts the browser and ties it to ctx; later steps run
	// with their own shorter timeouts derived from it.
	if err := chromedp.Run(ctx); err != nil {
		t.Fatalf("start %s: %v", chrome, err)
	}
	return ctx
}

// saveScreenshot writes a full-page PNG of the page in ctx to
// $KG_SCREENSHOT_DIR (default: the system temporary directory) as
// name.png and returns its path; the file outlives the test so that a
// person can look at it.
func saveScreenshot(ctx context.Context, name string) string {
	dir := os.Getenv("KG_SCREENSHOT_DIR")
	if dir == "" {
		dir = os.TempDir()
	}
	var png []byte
	if err := chromedp.Run(ctx, chromedp.FullScreenshot(&png, 100)); err != nil {
		return fmt.Sprintf("none (%v)", err)
	}
	path := filepath.Join(dir, name+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		return fmt.Sprintf("none (%v)", err)
	}
	return path
}

// TestEntityNeighbourhoodQuery runs the Browser query through the driver,
// without a browser, so that it is checked wherever a Neo4j server is: it
// must return one path per fact of the entity, found by name or alias.
func TestEntityNeighbourhoodQuery(t *testing.T) {
	cfg := neo4jtest.Config(t)
	st := neo4jtest.Open(t, 0)
	g := browserGraph()
	if err := st.Replace(context.Background(), g); err != nil {
		t.Fatal(err)
	}
	var cypher string
	for _, q := range queries.Browser() {
		if q.Name == "entity-neighbourhood" {
			cypher = q.Cypher
		}
	}
	tests := []struct {
		name, param string
		paths       int
	}{
		{"canonical name", "Renée Ballard", 7},
		{"alias", "Ballard", 7 + 2}, // the character by alias, and the series by name
		{"leaf", "Tutu", 1},
		{"unknown", "Jerry Edgar", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := neo4jtest.Run(t, cfg, cypher, map[string]any{"name": tt.param})
			if len(rows) != tt.paths {
				t.Errorf("%d paths, want %d", len(rows), tt.paths)
			}
		})
	}
}
