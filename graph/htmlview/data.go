package htmlview

import (
	"path"
	"sort"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/graph/export"
)

// pageData is what the page's script reads: the whole graph, flattened to
// arrays that refer to each other by index (documents, nodes, conflicts),
// which keeps a 5,000-node page small and its lookups cheap.
type pageData struct {
	Title      string          `json:"title"`
	Types      []typeView      `json:"types"`
	Predicates []predicateView `json:"predicates"`
	Documents  []documentView  `json:"documents"`
	Nodes      []nodeView      `json:"nodes"`
	Edges      []edgeView      `json:"edges"`
	Conflicts  []conflictView  `json:"conflicts"`
	// Focus lists the nodes a neighbourhood page was asked for.
	Focus []int `json:"focus,omitempty"`
}

// typeView is an entity type: its colours from export.Palette (those of
// queries/style.grass) and how many entities have it.
type typeView struct {
	Name   string `json:"name"`
	Fill   string `json:"fill"`
	Border string `json:"border"`
	Count  int    `json:"count"`
}

// predicateView is a relation type, whether it has a direction, and how
// many relations have it.
type predicateView struct {
	Name      string `json:"name"`
	Symmetric bool   `json:"symmetric,omitempty"`
	Count     int    `json:"count"`
}

// documentView is a source document as a person recognises it: its title
// (or file name), kind and date. The path on disk is left out, since the
// page may be passed around.
type documentView struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Kind  string `json:"kind,omitempty"`
	Date  string `json:"date,omitempty"`
}

// nodeView is an entity. Shown nodes are drawn when the page opens and have
// a position; the others appear when a neighbour is expanded or they are
// searched for.
type nodeView struct {
	ID        string        `json:"id"`
	Type      string        `json:"type"`
	Name      string        `json:"name"`
	Aliases   []string      `json:"aliases,omitempty"`
	Roles     []string      `json:"roles,omitempty"`
	Variants  []variantView `json:"variants,omitempty"`
	Merges    []string      `json:"merges,omitempty"`
	Mentions  []docCount    `json:"mentions,omitempty"`
	Conflicts []int         `json:"conflicts,omitempty"`
	Degree    int           `json:"degree"`
	Size      float64       `json:"size"`
	Font      float64       `json:"font"`
	Shown     bool          `json:"shown,omitempty"`
	X         float64       `json:"x,omitempty"`
	Y         float64       `json:"y,omitempty"`
}

// variantView is one spelling of an entity and the documents using it.
type variantView struct {
	Name string     `json:"name"`
	Docs []docCount `json:"docs"`
}

// docCount is a document (by index) and how often something occurs in it.
type docCount struct {
	Doc   int `json:"doc"`
	Count int `json:"count"`
}

// edgeView is a relation between two nodes (by index), with the sentences
// that support it.
type edgeView struct {
	Source     int            `json:"source"`
	Target     int            `json:"target"`
	Type       string         `json:"type"`
	Detail     string         `json:"detail,omitempty"`
	Confidence float64        `json:"confidence,omitempty"`
	Sources    []int          `json:"sources,omitempty"`
	Evidence   []evidenceView `json:"evidence,omitempty"`
}

// evidenceView is one supporting sentence and its document.
type evidenceView struct {
	Doc  int    `json:"doc"`
	Text string `json:"text"`
}

// conflictView is a disagreement between documents about one entity.
type conflictView struct {
	Kind   string      `json:"kind"`
	Topic  string      `json:"topic,omitempty"`
	Values []claimView `json:"values"`
}

// claimView is one side of a conflict: a value and the documents that
// assert it, with their sentences.
type claimView struct {
	Value    string   `json:"value"`
	Docs     []int    `json:"docs"`
	Evidence []string `json:"evidence,omitempty"`
}

// builder turns a graph into pageData, keeping the index of each document
// and entity id.
type builder struct {
	g        *graph.Graph
	data     pageData
	docs     map[string]int
	nodes    map[string]int
	mentions map[string][]graph.Mention // by entity id
}

// newPageData flattens g (already sorted) for the page. shown holds the ids
// of the entities drawn first, nil for all; focus those asked for.
func newPageData(g *graph.Graph, title string, shown map[string]bool, focus []string) *pageData {
	b := &builder{g: g, docs: map[string]int{}, nodes: map[string]int{}, mentions: map[string][]graph.Mention{}}
	// Lists are never null in the JSON, so the script can read an empty
	// graph as it reads any other.
	b.data = pageData{Title: title, Types: []typeView{}, Predicates: []predicateView{}, Documents: []documentView{},
		Nodes: []nodeView{}, Edges: []edgeView{}, Conflicts: []conflictView{}}
	for _, m := range g.Mentions {
		b.mentions[m.Entity] = append(b.mentions[m.Entity], m)
	}
	for _, d := range g.Documents {
		b.doc(d.ID)
	}
	for _, e := range g.Entities {
		b.nodes[e.ID] = len(b.data.Nodes)
		b.data.Nodes = append(b.data.Nodes, b.node(e, shown == nil || shown[e.ID]))
	}
	b.edges()
	b.conflicts()
	b.counts()
	for _, id := range focus {
		if i, ok := b.nodes[id]; ok {
			b.data.Focus = append(b.data.Focus, i)
		}
	}
	return &b.data
}

// doc returns the index of document id, adding it (with its id as title
// when the graph does not list it) the first time.
func (b *builder) doc(id string) int {
	if i, ok := b.docs[id]; ok {
		return i
	}
	v := documentView{ID: id, Title: id}
	for _, d := range b.g.Documents {
		if d.ID == id {
			v = documentView{ID: d.ID, Title: d.Title, Kind: d.Kind, Date: d.Date}
			if v.Title == "" {
				v.Title = path.Base(d.Path)
			}
			break
		}
	}
	b.docs[id] = len(b.data.Documents)
	b.data.Documents = append(b.data.Documents, v)
	return b.docs[id]
}

func (b *builder) node(e graph.Entity, shown bool) nodeView {
	n := nodeView{ID: e.ID, Type: e.Type, Name: e.Name, Aliases: e.Aliases, Roles: e.Roles, Merges: e.Merges, Shown: shown}
	for _, v := range e.Variants {
		n.Variants = append(n.Variants, variantView{Name: v.Name, Docs: b.docCounts(v.Documents)})
	}
	counts := map[string]int{}
	for _, m := range b.mentions[e.ID] {
		counts[m.Document] += m.Count
	}
	n.Mentions = b.docCounts(counts)
	return n
}

// docCounts turns a map from document id to count into a list, the most
// frequent first (then in document order).
func (b *builder) docCounts(m map[string]int) []docCount {
	var out []docCount
	for id, c := range m {
		out = append(out, docCount{Doc: b.doc(id), Count: c})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Doc < out[j].Doc
	})
	return out
}

// edges adds the relations whose two ends are entities of the graph, and
// counts each node's degree.
func (b *builder) edges() {
	for _, r := range b.g.Relations {
		s, ok1 := b.nodes[r.From]
		t, ok2 := b.nodes[r.To]
		if !ok1 || !ok2 {
			continue
		}
		e := edgeView{Source: s, Target: t, Type: r.Type, Detail: r.Detail, Confidence: r.Confidence}
		for _, d := range r.Sources {
			e.Sources = append(e.Sources, b.doc(d))
		}
		for _, ev := range r.Evidence {
			e.Evidence = append(e.Evidence, evidenceView{Doc: b.doc(ev.Document), Text: ev.Text})
		}
		b.data.Edges = append(b.data.Edges, e)
		b.data.Nodes[s].Degree++
		if t != s {
			b.data.Nodes[t].Degree++
		}
	}
}

// conflicts adds each conflict and links it from the entity it is about:
// the entity whose id is its subject, else those whose name it is.
func (b *builder) conflicts() {
	for _, c := range b.g.Conflicts {
		v := conflictView{Kind: c.Kind, Topic: c.Topic}
		for _, cv := range c.Values {
			claim := claimView{Value: cv.Value, Evidence: cv.Evidence}
			for _, d := range cv.Documents {
				claim.Docs = append(claim.Docs, b.doc(d))
			}
			v.Values = append(v.Values, claim)
		}
		i := len(b.data.Conflicts)
		b.data.Conflicts = append(b.data.Conflicts, v)
		if n, ok := b.nodes[c.Subject]; ok {
			b.data.Nodes[n].Conflicts = append(b.data.Nodes[n].Conflicts, i)
			continue
		}
		for n := range b.data.Nodes {
			if b.data.Nodes[n].Name == c.Subject {
				b.data.Nodes[n].Conflicts = append(b.data.Nodes[n].Conflicts, i)
			}
		}
	}
}

// counts fills the type and predicate lists, in the fixed vocabulary's
// order, followed by any type or predicate outside it.
func (b *builder) counts() {
	types, preds := map[string]int{}, map[string]int{}
	for _, n := range b.data.Nodes {
		types[n.Type]++
	}
	for _, e := range b.data.Edges {
		preds[e.Type]++
	}
	for _, t := range ordered(graph.EntityTypes, types) {
		c, ok := export.Palette[t]
		if !ok {
			c = export.Colour{Fill: "#FFFFFF", Border: "#555555"}
		}
		b.data.Types = append(b.data.Types, typeView{Name: t, Fill: c.Fill, Border: c.Border, Count: types[t]})
	}
	for _, p := range ordered(graph.Predicates, preds) {
		b.data.Predicates = append(b.data.Predicates, predicateView{Name: p, Symmetric: graph.Symmetric(p), Count: preds[p]})
	}
}

// ordered returns the keys of counts that occur in vocabulary, in its
// order, then the others sorted.
func ordered(vocabulary []string, counts map[string]int) []string {
	var out, extra []string
	known := map[string]bool{}
	for _, v := range vocabulary {
		known[v] = true
		if counts[v] > 0 {
			out = append(out, v)
		}
	}
	for k := range counts {
		if !known[k] {
			extra = append(extra, k)
		}
	}
	sort.Strings(extra)
	return append(out, extra...)
}
