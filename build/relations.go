package build

import (
	"slices"
	"sort"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

// edges collects the fact edges of the graph, keyed by subject, predicate
// and object, in the order they were first stated.
type edges struct {
	types map[string]string // entity id -> type
	rels  map[string]*graph.Relation
	order []string
}

func newEdges(entities []graph.Entity) *edges {
	es := &edges{types: map[string]string{}, rels: map[string]*graph.Relation{}}
	for _, e := range entities {
		es.types[e.ID] = e.Type
	}
	return es
}

// claims adds the edges the claims of x state, given the entity ids of
// its mentions, and returns its internal INCLUDES claims for inference.
func (es *edges) claims(x *extract.Extraction, links []string) []inclusion {
	var includes []inclusion
	for _, c := range x.Claims {
		if c.Subject < 0 || c.Object < 0 {
			continue
		}
		from, to := links[c.Subject], links[c.Object]
		start, end := x.Doc.Original(c.Evidence.Start, c.Evidence.End)
		ev := graph.Evidence{Document: x.Doc.ID, Text: c.Evidence.Text, Start: start, End: end}
		if c.Predicate == extract.PredIncludes {
			if es.typed(from, c.Predicate, to) {
				includes = append(includes, inclusion{whole: from, part: to})
			}
			continue
		}
		es.add(from, c.Predicate, to, c.Detail, ev, c.Confidence)
	}
	return includes
}

// typed reports whether from and to are entities of the types pred
// requires.
func (es *edges) typed(from, pred, to string) bool {
	ws, wo := extract.WantTypes(pred)
	return from != "" && to != "" && es.types[from] == ws && es.types[to] == wo
}

// add records the fact from-pred-to with its evidence; a fact stated
// again gains sources and evidence, and keeps the highest confidence.
// Facts between the wrong types of entity are dropped: the type a
// pattern assumed was overruled by reconciliation.
func (es *edges) add(from, pred, to, detail string, ev graph.Evidence, conf float64) {
	if from == "" || to == "" || from == to || !es.typed(from, pred, to) {
		return
	}
	// A symmetric fact stated both ways is one edge, kept in the
	// direction first stated (RELATIVE_OF's detail reads that way).
	if graph.Symmetric(pred) {
		if _, ok := es.rels[edgeKey(to, pred, from)]; ok {
			from, to = to, from
		}
	}
	k := edgeKey(from, pred, to)
	r := es.rels[k]
	if r == nil {
		r = &graph.Relation{From: from, Type: pred, To: to, Detail: detail}
		es.rels[k] = r
		es.order = append(es.order, k)
	}
	if r.Detail == "" {
		r.Detail = detail
	}
	if conf > r.Confidence {
		r.Confidence = conf
	}
	if !slices.Contains(r.Sources, ev.Document) {
		r.Sources = append(r.Sources, ev.Document)
	}
	for _, e := range r.Evidence {
		if e.Document == ev.Document && e.Start == ev.Start {
			return
		}
	}
	r.Evidence = append(r.Evidence, ev)
}

// edgeKey is the key of the fact from-pred-to in edges.rels.
func edgeKey(from, pred, to string) string { return from + "|" + pred + "|" + to }

// relations returns the edges in the order first stated, each with its
// sources sorted, in a list made at its length. It empties es: each edge
// is let go as it is copied to the list.
func (es *edges) relations() []graph.Relation {
	var out []graph.Relation
	if len(es.order) > 0 {
		out = make([]graph.Relation, 0, len(es.order))
	}
	for i, k := range es.order {
		r := es.rels[k]
		sort.Strings(r.Sources)
		out = append(out, *r)
		delete(es.rels, k)
		es.order[i] = ""
	}
	es.order = nil
	return out
}
