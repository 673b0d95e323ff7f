package pipeline

import (
	"fmt"
	"sort"
	"strings"

	"github.com/kgbuild/kg/graph"
)

// Builder is the build stage: it turns reconciled entities and the claims
// of every document into the graph: documents, entities, MENTIONED_IN
// counts, fact edges with their supporting documents and sentences, and the
// spelling conflicts between documents.
type Builder struct{}

// Run builds the graph.
func (Builder) Run(xs []*Extraction, res Resolved) *graph.Graph {
	g := &graph.Graph{Entities: res.Entities}
	types := map[string]string{}
	for _, e := range res.Entities {
		types[e.ID] = e.Type
	}
	mentions := map[[2]string]int{}
	rels := map[string]*graph.Relation{}
	var order []string
	add := func(from, pred, to, detail string, ev graph.Evidence, conf float64) {
		if from == "" || to == "" || from == to {
			return
		}
		ws, wo := WantTypes(pred)
		if types[from] != ws || types[to] != wo {
			return
		}
		if graph.Symmetric(pred) && from > to {
			if r, ok := rels[to+"|"+pred+"|"+from]; ok || from > to && pred != "RELATIVE_OF" {
				if ok {
					from, to = to, from
					_ = r
				}
			}
		}
		k := from + "|" + pred + "|" + to
		if graph.Symmetric(pred) {
			if _, ok := rels[to+"|"+pred+"|"+from]; ok {
				k = to + "|" + pred + "|" + from
			}
		}
		r := rels[k]
		if r == nil {
			parts := strings.SplitN(k, "|", 3)
			r = &graph.Relation{From: parts[0], Type: pred, To: parts[2], Detail: detail}
			rels[k] = r
			order = append(order, k)
		}
		if r.Detail == "" {
			r.Detail = detail
		}
		if conf > r.Confidence {
			r.Confidence = conf
		}
		if !containsStr(r.Sources, ev.Document) {
			r.Sources = append(r.Sources, ev.Document)
		}
		for _, e := range r.Evidence {
			if e.Document == ev.Document && e.Start == ev.Start {
				return
			}
		}
		r.Evidence = append(r.Evidence, ev)
	}
	type incl struct{ whole, part string }
	var includes []incl
	for _, x := range xs {
		d := x.Doc
		g.Documents = append(g.Documents, graph.Document{ID: d.ID, Path: d.Path, Title: d.Title, Kind: d.Kind,
			Date: d.Date, Hash: d.Hash, Size: len(d.Raw)})
		links := res.Links[d.ID]
		for i := range x.Mentions {
			if id := links[i]; id != "" {
				mentions[[2]string{id, d.ID}]++
			}
		}
		for _, c := range x.Claims {
			if c.Subject < 0 || c.Object < 0 {
				continue
			}
			from, to := links[c.Subject], links[c.Object]
			start, end := d.Original(c.Evidence.Start, c.Evidence.End)
			ev := graph.Evidence{Document: d.ID, Text: c.Evidence.Text, Start: start, End: end}
			if c.Predicate == "INCLUDES" {
				if from != "" && to != "" && types[from] == "Book" && types[to] == "Book" {
					includes = append(includes, incl{from, to})
				}
				continue
			}
			add(from, c.Predicate, to, c.Detail, ev, c.Confidence)
		}
	}
	// A book a series includes ("the novel series, including The Late
	// Show") has the series' author, and a show based on the series draws
	// on it too.
	for _, in := range includes {
		for _, k := range append([]string(nil), order...) {
			r := rels[k]
			for _, ev := range r.Evidence {
				switch {
				case r.Type == "WROTE" && r.To == in.whole:
					add(r.From, "WROTE", in.part, "", ev, r.Confidence*0.9)
				case r.Type == "BASED_ON" && r.To == in.whole:
					add(r.From, "BASED_ON", in.part, "", ev, r.Confidence*0.9)
				}
			}
		}
	}
	for _, k := range order {
		r := rels[k]
		sort.Strings(r.Sources)
		g.Relations = append(g.Relations, *r)
	}
	for k, n := range mentions {
		g.Mentions = append(g.Mentions, graph.Mention{Entity: k[0], Document: k[1], Count: n})
	}
	g.Conflicts = spellingConflicts(g.Entities, xs)
	g.Sort()
	return g
}

func containsStr(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// spellingConflicts records, for each entity named in more than one way
// (beyond letter case and short forms), which documents use which spelling.
func spellingConflicts(es []graph.Entity, xs []*Extraction) []graph.Conflict {
	dates := map[string]string{}
	for _, x := range xs {
		dates[x.Doc.ID] = x.Doc.Date
	}
	var out []graph.Conflict
	for _, e := range es {
		forms := map[string]map[string]bool{} // lower-cased form -> documents
		var names []string
		for _, v := range e.Variants {
			// Short forms ("Laffont" for Thomas Laffont) are not
			// disagreements: compare forms with as many words as the
			// canonical name.
			if len(strings.Fields(v.Name)) < len(strings.Fields(e.Name)) && !strings.HasPrefix(Fold(e.Name), Fold(v.Name)) {
				continue
			}
			if len(strings.Fields(v.Name)) < len(strings.Fields(e.Name)) && e.Type != "Organization" {
				continue
			}
			k := strings.ToLower(v.Name)
			if forms[k] == nil {
				forms[k] = map[string]bool{}
				names = append(names, v.Name)
			}
			for d := range v.Documents {
				forms[k][d] = true
			}
		}
		if len(forms) < 2 {
			continue
		}
		c := graph.Conflict{ID: "spelling:" + e.ID, Kind: "spelling", Subject: e.ID, Topic: "name of " + e.Name}
		sort.Strings(names)
		for _, n := range names {
			var docs []string
			for d := range forms[strings.ToLower(n)] {
				docs = append(docs, d)
			}
			sort.Strings(docs)
			var evid []string
			for _, d := range docs {
				if dates[d] != "" {
					evid = append(evid, fmt.Sprintf("%s dated %s", d, dates[d]))
				}
			}
			c.Values = append(c.Values, graph.ConflictValue{Value: n, Documents: docs, Evidence: evid})
		}
		out = append(out, c)
	}
	return out
}
