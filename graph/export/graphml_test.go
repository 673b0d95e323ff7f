package export

import (
	"bytes"
	"encoding/xml"
	"math/rand"
	"reflect"
	"strings"
	"testing"

	"github.com/kgbuild/kg/graph"
)

// graphmlDoc is the part of a GraphML document the tests read back.
type graphmlDoc struct {
	Keys []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
	} `xml:"key"`
	Graph struct {
		EdgeDefault string `xml:"edgedefault,attr"`
		Nodes       []struct {
			ID   string        `xml:"id,attr"`
			Data []graphmlData `xml:"data"`
		} `xml:"node"`
		Edges []struct {
			ID       string        `xml:"id,attr"`
			Source   string        `xml:"source,attr"`
			Target   string        `xml:"target,attr"`
			Directed string        `xml:"directed,attr"`
			Data     []graphmlData `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

type graphmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

func dataMap(d []graphmlData) map[string]string {
	m := map[string]string{}
	for _, x := range d {
		m[x.Key] = x.Value
	}
	return m
}

func TestGraphMLGolden(t *testing.T) {
	var b bytes.Buffer
	if err := GraphML(&b, fixture()); err != nil {
		t.Fatal(err)
	}
	goldenFile(t, "fixture.graphml", b.Bytes())
}

func TestGraphMLParses(t *testing.T) {
	g := fixture()
	var b bytes.Buffer
	if err := GraphML(&b, g); err != nil {
		t.Fatal(err)
	}
	var doc graphmlDoc
	if err := xml.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatalf("output is not XML: %v", err)
	}
	if got, want := len(doc.Graph.Nodes), len(g.Entities)+len(g.Documents); got != want {
		t.Errorf("nodes = %d, want %d (entities + documents)", got, want)
	}
	if got, want := len(doc.Graph.Edges), len(g.Relations)+len(g.Mentions); got != want {
		t.Errorf("edges = %d, want %d (relations + mentions)", got, want)
	}
	keys := map[string]string{}
	for _, k := range doc.Keys {
		keys[k.ID] = k.For + ":" + k.Name
	}
	nodes := map[string]map[string]string{}
	for _, n := range doc.Graph.Nodes {
		nodes[n.ID] = dataMap(n.Data)
		for _, d := range n.Data {
			if !strings.HasPrefix(keys[d.Key], "node:") {
				t.Errorf("node %s uses key %q, not declared for nodes", n.ID, d.Key)
			}
		}
	}
	lapd := nodes["org:lapd"]
	if lapd["name"] != `LAPD "Cold Case" Unit \ Hollywood` || lapd["type"] != graph.Organization {
		t.Errorf("org:lapd attributes = %v, want its name and type back unchanged", lapd)
	}
	if got := nodes["character:renee-ballard"]["aliases"]; got != "Renee Ballard; Ballard" {
		t.Errorf("aliases = %q", got)
	}
	if got := nodes["doc-late-show"]; got["type"] != DocumentType || got["label"] != "sources/late-show.txt" {
		t.Errorf("untitled document = %v, want type Document labelled by path", got)
	}
	undirected, mentions := 0, 0
	for _, e := range doc.Graph.Edges {
		if nodes[e.Source] == nil || nodes[e.Target] == nil {
			t.Errorf("edge %s: %s -> %s names a missing node", e.ID, e.Source, e.Target)
		}
		d := dataMap(e.Data)
		if d["etype"] == "" || d["sources"] == "" {
			t.Errorf("edge %s lacks type or sources: %v", e.ID, d)
		}
		if e.Directed == "false" {
			undirected++
		}
		if d["etype"] == MentionedIn {
			mentions++
		}
	}
	if undirected != 2 || mentions != len(g.Mentions) {
		t.Errorf("undirected edges = %d, MENTIONED_IN = %d; want 2 and %d", undirected, mentions, len(g.Mentions))
	}
}

// TestWritersDeterministic checks that every writer gives the same bytes
// whatever the order of the input slices, and leaves its input alone.
func TestWritersDeterministic(t *testing.T) {
	writers := []struct {
		name  string
		write func(*bytes.Buffer, *graph.Graph) error
	}{
		{"graphml", func(b *bytes.Buffer, g *graph.Graph) error { return GraphML(b, g) }},
		{"dot", func(b *bytes.Buffer, g *graph.Graph) error { return DOT(b, g) }},
		{"cypher", func(b *bytes.Buffer, g *graph.Graph) error { return Cypher(b, g) }},
	}
	for _, w := range writers {
		t.Run(w.name, func(t *testing.T) {
			var want bytes.Buffer
			if err := w.write(&want, fixture()); err != nil {
				t.Fatal(err)
			}
			r := rand.New(rand.NewSource(1))
			for i := 0; i < 5; i++ {
				g := fixture()
				r.Shuffle(len(g.Entities), func(i, j int) { g.Entities[i], g.Entities[j] = g.Entities[j], g.Entities[i] })
				r.Shuffle(len(g.Relations), func(i, j int) { g.Relations[i], g.Relations[j] = g.Relations[j], g.Relations[i] })
				r.Shuffle(len(g.Mentions), func(i, j int) { g.Mentions[i], g.Mentions[j] = g.Mentions[j], g.Mentions[i] })
				before := fixtureCopy(g)
				var got bytes.Buffer
				if err := w.write(&got, g); err != nil {
					t.Fatal(err)
				}
				if got.String() != want.String() {
					t.Fatalf("shuffle %d: output depends on input order", i)
				}
				if !reflect.DeepEqual(g, before) {
					t.Fatalf("shuffle %d: writer changed its input graph", i)
				}
			}
		})
	}
}

func fixtureCopy(g *graph.Graph) *graph.Graph {
	return &graph.Graph{
		Documents: append([]graph.Document(nil), g.Documents...),
		Entities:  append([]graph.Entity(nil), g.Entities...),
		Relations: append([]graph.Relation(nil), g.Relations...),
		Mentions:  append([]graph.Mention(nil), g.Mentions...),
		Conflicts: append([]graph.Conflict(nil), g.Conflicts...),
	}
}

// TestWritersReject checks that a graph whose edges name missing nodes is
// refused with an error naming the problem, rather than written broken.
func TestWritersReject(t *testing.T) {
	tests := []struct {
		name   string
		change func(*graph.Graph)
		want   string // in the error of every writer that sees the problem
		dot    bool   // whether DOT (which ignores mentions) must fail too
	}{
		{
			name:   "relation to unknown entity",
			change: func(g *graph.Graph) { g.Relations[0].To = "character:nobody" },
			want:   `unknown entity "character:nobody"`,
			dot:    true,
		},
		{
			name:   "mention of unknown document",
			change: func(g *graph.Graph) { g.Mentions[0].Document = "doc-missing" },
			want:   `unknown document "doc-missing"`,
		},
		{
			name: "document id shared with an entity",
			change: func(g *graph.Graph) {
				g.Documents = append(g.Documents, graph.Document{ID: "org:lapd", Path: "lapd.txt"})
			},
			want: "org:lapd",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := fixture()
			tt.change(g)
			var b bytes.Buffer
			err := GraphML(&b, g)
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "graphml: ") {
				t.Errorf("GraphML error = %v, want graphml: ...%s", err, tt.want)
			}
			if b.Len() != 0 {
				t.Errorf("GraphML wrote %d bytes despite the error", b.Len())
			}
			err = DOT(&b, g)
			if tt.dot && (err == nil || !strings.Contains(err.Error(), tt.want)) {
				t.Errorf("DOT error = %v, want ...%s", err, tt.want)
			}
			if !tt.dot && err != nil {
				t.Errorf("DOT error = %v, want none (DOT leaves documents out)", err)
			}
		})
	}
}

func TestEmptyGraph(t *testing.T) {
	for name, write := range map[string]func(*bytes.Buffer) error{
		"graphml": func(b *bytes.Buffer) error { return GraphML(b, &graph.Graph{}) },
		"dot":     func(b *bytes.Buffer) error { return DOT(b, &graph.Graph{}) },
		"cypher":  func(b *bytes.Buffer) error { return Cypher(b, &graph.Graph{}) },
	} {
		var b bytes.Buffer
		if err := write(&b); err != nil {
			t.Errorf("%s of an empty graph: %v", name, err)
		}
		if b.Len() == 0 {
			t.Errorf("%s of an empty graph wrote nothing; want a valid empty document", name)
		}
	}
}
