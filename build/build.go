package build

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/names"
	"github.com/kgbuild/kg/resolve"
)

// Builder is the build stage: it turns reconciled entities and the claims
// of every document into the graph: documents, entities, MENTIONED_IN
// counts, fact edges with their supporting documents and sentences, and the
// spelling conflicts between documents.
type Builder struct{}

// Run builds the graph.
func (Builder) Run(xs []*extract.Extraction, res resolve.Resolved) *graph.Graph {
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
		ws, wo := extract.WantTypes(pred)
		if types[from] != ws || types[to] != wo {
			return
		}
		// A symmetric fact stated both ways is one edge, kept in the
		// direction first stated (RELATIVE_OF's detail reads that way).
		if graph.Symmetric(pred) {
			if _, ok := rels[to+"|"+pred+"|"+from]; ok {
				from, to = to, from
			}
		}
		k := from + "|" + pred + "|" + to
		r := rels[k]
		if r == nil {
			r = &graph.Relation{From: from, Type: pred, To: to, Detail: detail}
			rels[k] = r
			order = append(order, k)
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
			if c.Predicate == extract.PredIncludes {
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
	g.Conflicts = append(spellingConflicts(g.Entities, xs), factConflicts(xs, res, g)...)
	g.Sort()
	return g
}

// spellingConflicts records, for each entity named in more than one way
// (beyond letter case and short forms), which documents use which spelling.
func spellingConflicts(es []graph.Entity, xs []*extract.Extraction) []graph.Conflict {
	dates := map[string]string{}
	for _, x := range xs {
		dates[x.Doc.ID] = x.Doc.Date
	}
	var out []graph.Conflict
	for _, e := range es {
		forms := map[string]map[string]bool{} // loose form -> documents
		var names []string
		canon := looseKey(e.Name)
		for _, v := range e.Variants {
			k := looseKey(v.Name)
			if k != canon && !spellingOf(e, v.Name) {
				continue
			}
			if forms[k] == nil {
				forms[k] = map[string]bool{}
				n := v.Name
				if k == canon {
					n = e.Name
				}
				names = append(names, n)
			}
			for d := range v.Documents {
				forms[k][d] = true
			}
		}
		all := map[string]bool{}
		for _, ds := range forms {
			for d := range ds {
				all[d] = true
			}
		}
		if len(forms) < 2 || len(all) < 2 {
			continue // one document naming a thing two ways is no disagreement
		}
		c := graph.Conflict{ID: "spelling:" + e.ID, Kind: "spelling", Subject: e.ID, Topic: "name of " + e.Name}
		sort.Strings(names)
		for _, n := range names {
			var docs []string
			for d := range forms[looseKey(n)] {
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

// factConflicts groups the facts of all documents by topic and records a
// conflict wherever documents give a topic different values.
func factConflicts(xs []*extract.Extraction, res resolve.Resolved, g *graph.Graph) []graph.Conflict {
	nameOf := map[string]string{}
	byRole := map[string][]string{}
	for _, e := range g.Entities {
		nameOf[e.ID] = e.Name
		for _, r := range e.Roles {
			w := strings.ToLower(names.LastWord(r))
			byRole[w] = append(byRole[w], e.ID)
		}
	}
	// kinOf finds the entity that is the kin of anchor ("sister" of Jake).
	kinOf := func(kin, anchor string) string {
		for _, r := range g.Relations {
			if r.Type == "RELATIVE_OF" && r.To == anchor && strings.HasSuffix(r.Detail, kin) {
				return r.From
			}
		}
		return ""
	}
	type topic struct{ kind, subject string }
	values := map[topic]map[string]map[string]string{} // topic -> value -> doc -> evidence
	var order []topic
	for _, x := range xs {
		links := res.Links[x.Doc.ID]
		link := func(i int) string {
			if i < 0 || i >= len(links) {
				return ""
			}
			return links[i]
		}
		for _, f := range x.Facts {
			subj := link(f.Target)
			if subj == "" && f.Kin != "" {
				anchor := link(f.Anchor)
				if f.AnchorRole != "" && len(byRole[f.AnchorRole]) == 1 {
					anchor = byRole[f.AnchorRole][0]
				}
				if anchor != "" {
					subj = kinOf(f.Kin, anchor)
				}
			}
			if subj == "" || f.Value == "" {
				continue
			}
			t := topic{f.Kind, subj}
			if values[t] == nil {
				values[t] = map[string]map[string]string{}
				order = append(order, t)
			}
			if values[t][f.Value] == nil {
				values[t][f.Value] = map[string]string{}
			}
			if _, ok := values[t][f.Value][x.Doc.ID]; !ok {
				ev := f.Evidence.Text
				if x.Doc.Date != "" {
					ev = x.Doc.Date + ": " + ev
				}
				values[t][f.Value][x.Doc.ID] = ev
			}
		}
	}
	var out []graph.Conflict
	for _, t := range order {
		if len(values[t]) < 2 {
			continue
		}
		c := graph.Conflict{ID: strings.ReplaceAll(t.kind, " ", "-") + ":" + t.subject, Kind: t.kind, Subject: t.subject,
			Topic: t.kind + " of " + nameOf[t.subject]}
		var vals []string
		for v := range values[t] {
			vals = append(vals, v)
		}
		sort.Strings(vals)
		for _, v := range vals {
			cv := graph.ConflictValue{Value: v}
			for d := range values[t][v] {
				cv.Documents = append(cv.Documents, d)
			}
			sort.Strings(cv.Documents)
			for _, d := range cv.Documents {
				cv.Evidence = append(cv.Evidence, d+": "+values[t][v][d])
			}
			c.Values = append(c.Values, cv)
		}
		out = append(out, c)
	}
	return out
}

// looseKey folds case and punctuation but keeps accents: two forms with
// the same loose key are the same spelling.
func looseKey(s string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

// spellingOf reports whether name is another spelling of e's canonical
// name, rather than a short form or a different name: the same letters but
// for accents (Renee / Renée), a near spelling of the same length in words
// (Samira / Zamira), or an organization's shorter name (Prime Video).
func spellingOf(e graph.Entity, name string) bool {
	a, b := names.Fold(e.Name), names.Fold(name)
	switch {
	case a == b:
		return true
	case len(strings.Fields(a)) == len(strings.Fields(b)) && names.EditDistance(a, b) <= 2:
		return true
	case e.Type == "Organization" && resolve.Affix(b, a) && len(strings.Fields(b)) > 1:
		return true
	}
	return false
}
