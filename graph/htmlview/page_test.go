package htmlview

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/internal/golden"
)

// TestDataGolden checks what the page's script reads for the fixture,
// whole and as neighbourhoods, against testdata/*.json (go test -update
// rewrites them). Positions are left out: TestLayout checks those.
func TestDataGolden(t *testing.T) {
	tests := []struct {
		name string
		opt  Options
	}{
		{"whole", Options{}},
		{"neighbourhood-depth-1", Options{Title: "Around Maggie Q", Focus: []string{"person:maggie-q"}, Depth: 1}},
		{"neighbourhood-depth-0", Options{Focus: []string{"series:ballard", "place:los-angeles"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := buildData(fixture(), tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			for i := range d.Nodes {
				if d.Nodes[i].Shown && (d.Nodes[i].X == 0 && d.Nodes[i].Y == 0 && len(d.Nodes) > 1) {
					t.Errorf("shown node %s has no position", d.Nodes[i].ID)
				}
				if !d.Nodes[i].Shown && (d.Nodes[i].X != 0 || d.Nodes[i].Y != 0) {
					t.Errorf("node %s is not shown but has a position", d.Nodes[i].ID)
				}
				d.Nodes[i].X, d.Nodes[i].Y = 0, 0
			}
			b, err := json.MarshalIndent(d, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("testdata", tt.name+".json"), append(b, '\n'))
		})
	}
}

func TestBuildDataErrors(t *testing.T) {
	tests := []struct {
		name string
		opt  Options
		err  string
	}{
		{"unknown focus", Options{Focus: []string{"person:jerry-edgar"}}, "none of person:jerry-edgar is an entity"},
		{"negative depth", Options{Focus: []string{"person:maggie-q"}, Depth: -1}, "depth -1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := buildData(fixture(), tt.opt)
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("error = %v, want one saying %q", err, tt.err)
			}
		})
	}
}

// TestBuildDataLeavesGraph checks that building a page neither sorts nor
// changes the caller's graph.
func TestBuildDataLeavesGraph(t *testing.T) {
	g := fixture()
	g.Entities[0], g.Entities[1] = g.Entities[1], g.Entities[0]
	before, _ := json.Marshal(g)
	if _, err := buildData(g, Options{}); err != nil {
		t.Fatal(err)
	}
	if after, _ := json.Marshal(g); !bytes.Equal(before, after) {
		t.Error("buildData changed the graph it was given")
	}
}

// TestScriptJSON checks that text from documents cannot end the data's
// <script> element or start markup, and comes back unchanged.
func TestScriptJSON(t *testing.T) {
	tests := []struct{ name, in string }{
		{"end of script", `</script><script>alert(1)</script>`},
		{"end of script, other case", `</SCRIPT >`},
		{"comment opener", `<!-- <script>`},
		{"ampersand entity", `&lt;b&gt; & &amp;`},
		{"line separators", "a\u2028b\u2029c"},
		{"CDATA end", `]]>`},
		{"non-ASCII", "Renée Ballard, Tūtū, Søren"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			js, err := scriptJSON(map[string]string{"name": tt.in})
			if err != nil {
				t.Fatal(err)
			}
			if strings.ContainsAny(string(js), "<>\u2028\u2029") {
				t.Errorf("scriptJSON(%q) = %s, which holds < > or a line separator", tt.in, js)
			}
			var back map[string]string
			if err := json.Unmarshal([]byte(js), &back); err != nil || back["name"] != tt.in {
				t.Errorf("scriptJSON(%q) decodes to %q (%v)", tt.in, back["name"], err)
			}
		})
	}
}

// TestWrite checks the page as a whole: one file with the library, the
// script and the data inline, nothing loaded from elsewhere, a policy that
// forbids loading anything, the title escaped, and the data as built.
func TestWrite(t *testing.T) {
	var b bytes.Buffer
	opt := Options{Title: `Renée & <the> "LAPD"`}
	if err := Write(&b, fixture(), opt); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	tests := []struct {
		name  string
		re    string
		count int
	}{
		{"one data element", `<script type="application/json" id="kg-data">`, 1},
		{"three scripts", `<script\b`, 3},
		{"script ends", `</script>`, 3},
		{"no external script, style, image or link", `(?i)<(script|img|link|iframe)[^>]*\b(src|href)=`, 0},
		{"a policy that allows nothing to load", `default-src 'none'`, 1},
		{"the title escaped", `<title>Renée &amp; &lt;the&gt; &#34;LAPD&#34;</title>`, 1},
		{"the library", `Cytoscape Consortium`, 1},
		{"markup from a name", `<img`, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if n := len(regexp.MustCompile(tt.re).FindAllStringIndex(page, -1)); n != tt.count {
				t.Errorf("%d matches of %s in the page, want %d", n, tt.re, tt.count)
			}
		})
	}
	m := regexp.MustCompile(`(?s)<script type="application/json" id="kg-data">(.*?)</script>`).FindStringSubmatch(page)
	if m == nil {
		t.Fatal("no data element")
	}
	var got pageData
	if err := json.Unmarshal([]byte(m[1]), &got); err != nil {
		t.Fatalf("the data element is not JSON: %v", err)
	}
	want, err := buildData(fixture(), opt)
	if err != nil {
		t.Fatal(err)
	}
	gj, _ := json.Marshal(got)
	wj, _ := json.Marshal(want)
	if !bytes.Equal(gj, wj) {
		t.Errorf("the page's data differs from buildData's:\n got %s\nwant %s", gj, wj)
	}
}

// TestWriteEmpty checks that a graph with nothing in it still makes a page.
func TestWriteEmpty(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, &graph.Graph{}, Options{}); err != nil {
		t.Fatal(err)
	}
	for _, list := range []string{"types", "predicates", "documents", "nodes", "edges", "conflicts"} {
		if !strings.Contains(b.String(), `"`+list+`":[]`) {
			t.Errorf("the empty page's data has no empty %s list", list)
		}
	}
}

// TestWriteDeterministic checks that one graph gives one page, whatever
// the order of its slices.
func TestWriteDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	g := fixture()
	if err := Write(&a, g, Options{}); err != nil {
		t.Fatal(err)
	}
	g.Entities[0], g.Entities[3] = g.Entities[3], g.Entities[0]
	g.Relations[0], g.Relations[2] = g.Relations[2], g.Relations[0]
	if err := Write(&b, g, Options{}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two pages of the same graph differ")
	}
}

// TestColoursFromStyle checks that the page colours types as
// queries/style.grass does.
func TestColoursFromStyle(t *testing.T) {
	style, err := os.ReadFile("../../queries/style.grass")
	if err != nil {
		t.Fatal(err)
	}
	d, err := buildData(fixture(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Types) != len(graph.EntityTypes) {
		t.Fatalf("%d types, want %d", len(d.Types), len(graph.EntityTypes))
	}
	for _, ty := range d.Types {
		re := regexp.MustCompile(`(?s)node\.` + ty.Name + ` \{[^}]*color: ` + ty.Fill + `;[^}]*border-color: ` + ty.Border + `;`)
		if !re.Match(style) {
			t.Errorf("%s is drawn %s on %s, which style.grass does not say", ty.Name, ty.Fill, ty.Border)
		}
	}
}

// TestLibraryPinned checks that the embedded Cytoscape.js is the file that
// cytoscape/README.md names, by version and checksum, with its licence,
// and that it can be inlined in a <script> element.
func TestLibraryPinned(t *testing.T) {
	readme, err := os.ReadFile("cytoscape/README.md")
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256([]byte(cytoscapeJS))
	if !bytes.Contains(readme, []byte(hex.EncodeToString(sum[:]))) {
		t.Errorf("cytoscape/README.md does not give the checksum of cytoscape.min.js, %x", sum)
	}
	if !bytes.Contains(readme, []byte("version "+CytoscapeVersion)) {
		t.Errorf("cytoscape/README.md does not name version %s", CytoscapeVersion)
	}
	licence, err := os.ReadFile("cytoscape/LICENSE")
	if err != nil || !bytes.Contains(licence, []byte("The Cytoscape Consortium")) {
		t.Errorf("cytoscape/LICENSE is missing or not Cytoscape's licence (%v)", err)
	}
	if regexp.MustCompile(`(?i)</script`).MatchString(cytoscapeJS + viewJS) {
		t.Error("the library or the page's script holds </script and would end its element early")
	}
}
