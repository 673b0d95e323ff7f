package htmlview

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/graph/export"
)

// The page's parts, embedded in the binary: kg writes the page with no
// network access, and the page opens with none.
var (
	//go:embed assets/page.html
	pageHTML string
	//go:embed assets/view.css
	viewCSS string
	//go:embed assets/view.js
	viewJS string
	//go:embed cytoscape/cytoscape.min.js
	cytoscapeJS string
)

// CytoscapeVersion is the version of Cytoscape.js embedded in the page (see
// cytoscape/README.md for where it comes from and how to update it).
const CytoscapeVersion = "3.35.0"

// spacing is the median distance, in pixels at zoom 1, between a drawn
// node and its nearest neighbour: about twice a leaf node's size, so that
// names fit between nodes when the view is zoomed in on a group.
const spacing = 60

var page = template.Must(template.New("page").Parse(pageHTML))

// Options say what the page shows when it opens. The whole graph is always
// in the page, so that any node can be expanded or searched for.
type Options struct {
	// Title names the page; "" gives "kg graph".
	Title string
	// Focus lists entity ids: when set, the page opens on the entities
	// within Depth relation hops of them instead of the whole graph.
	Focus []string
	Depth int
}

// Write writes g as one HTML page to w: the graph, its layout, the
// Cytoscape.js library and the page's own script and style, all inline.
// The graph's text (names, sentences, titles) is JSON data read by the
// script and put in the page as text, never as markup. g is not changed.
func Write(w io.Writer, g *graph.Graph, opt Options) error {
	data, err := buildData(g, opt)
	if err != nil {
		return err
	}
	js, err := scriptJSON(data)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	err = page.Execute(&b, struct {
		Title              string
		Style              template.CSS
		Data, Library, App template.JS
		LibraryVersion     string
	}{
		Title: data.Title, Style: template.CSS(viewCSS), Data: js,
		Library: template.JS(cytoscapeJS), App: template.JS(viewJS),
		LibraryVersion: CytoscapeVersion,
	})
	if err != nil {
		return fmt.Errorf("html page: %w", err)
	}
	_, err = w.Write(b.Bytes())
	return err
}

// buildData returns what the page's script reads for g: the flattened
// graph with the positions of the nodes shown first.
func buildData(g *graph.Graph, opt Options) (*pageData, error) {
	g = g.SortedCopy()
	title := opt.Title
	if title == "" {
		title = "kg graph"
	}
	var shown map[string]bool
	if len(opt.Focus) > 0 {
		if opt.Depth < 0 {
			return nil, fmt.Errorf("html page: depth %d: want 0 or more", opt.Depth)
		}
		shown = map[string]bool{}
		for _, e := range export.Neighbourhood(g, opt.Focus, opt.Depth).Entities {
			shown[e.ID] = true
		}
		if len(shown) == 0 {
			return nil, fmt.Errorf("html page: none of %s is an entity of the graph", strings.Join(opt.Focus, ", "))
		}
	}
	d := newPageData(g, title, shown, opt.Focus)
	place(d)
	return d, nil
}

// nodeSize is a node's diameter in pixels at zoom 1: it grows with the
// square root of its degree, so hubs stand out without hiding their
// neighbours.
func nodeSize(degree int) float64 {
	return math.Min(90, math.Round(18+7*math.Sqrt(float64(degree))))
}

// fontSize is the size of a node's name in pixels at zoom 1: hubs' names
// are bigger, so that they are the ones still legible when the whole
// graph is in view.
func fontSize(degree int) float64 {
	return math.Min(26, math.Round(11+1.5*math.Sqrt(float64(degree))))
}

// footprint is the box a node takes: its circle, and its name under it
// (the page draws the name 3 pixels below the circle, one line high).
// Helvetica's letters average a little over half the font size wide.
func footprint(n *nodeView) Node {
	label := 0.56 * n.Font * float64(utf8.RuneCountInString(n.Name))
	h := n.Size + 3 + 1.2*n.Font
	return Node{W: math.Max(n.Size, label), H: h, DY: h/2 - n.Size/2}
}

// place sizes every node and lays out the shown nodes and the edges
// between them.
func place(d *pageData) {
	var idx []int
	var nodes []Node
	local := map[int]int{}
	for i := range d.Nodes {
		n := &d.Nodes[i]
		n.Size, n.Font = nodeSize(n.Degree), fontSize(n.Degree)
		if n.Shown {
			local[i] = len(idx)
			idx = append(idx, i)
			nodes = append(nodes, footprint(n))
		}
	}
	var edges [][2]int
	for _, e := range d.Edges {
		s, ok1 := local[e.Source]
		t, ok2 := local[e.Target]
		if ok1 && ok2 {
			edges = append(edges, [2]int{s, t})
		}
	}
	for k, p := range Layout(nodes, edges, spacing) {
		d.Nodes[idx[k]].X, d.Nodes[idx[k]].Y = p.X, p.Y
	}
}

// scriptJSON encodes v for a <script type="application/json"> element.
// encoding/json writes <, > and & as \u003c, \u003e and \u0026, and the
// line separators U+2028 and U+2029 escaped, so no text from a document
// can close the element or start markup; the check below keeps it so.
func scriptJSON(v any) (template.JS, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return "", fmt.Errorf("html page: %w", err)
	}
	if bytes.ContainsAny(b, "<>") {
		return "", fmt.Errorf("html page: JSON data holds an unescaped < or >")
	}
	return template.JS(b), nil
}
