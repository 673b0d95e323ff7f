package build

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/names"
	"github.com/kgbuild/kg/resolve"
)

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

// topic is what a fact is about: its kind, of one entity.
type topic struct{ kind, subject string }

// factValues collects the facts of all documents by topic: for each topic,
// in the order first stated, each value and, for each document giving it,
// the evidence (dated where the document is).
type factValues struct {
	values map[topic]map[string]map[string]string // topic -> value -> doc -> evidence
	order  []topic
}

func (fv *factValues) add(t topic, value, doc, evidence string) {
	if fv.values[t] == nil {
		fv.values[t] = map[string]map[string]string{}
		fv.order = append(fv.order, t)
	}
	if fv.values[t][value] == nil {
		fv.values[t][value] = map[string]string{}
	}
	if _, ok := fv.values[t][value][doc]; !ok {
		fv.values[t][value][doc] = evidence
	}
}

// subsumes maps a fate to the more general one it entails: a murder is a
// death. A document that gives both ("the murder of his sister", "her
// death") says one thing, not two that disagree.
var subsumes = map[string]string{"murder": "death"}

// subsume drops a document's general value of a topic where the same
// document gives a more specific one that entails it, and a value no
// document is left to give.
func (fv *factValues) subsume() {
	for _, vals := range fv.values {
		for specific, general := range subsumes {
			for doc := range vals[specific] {
				delete(vals[general], doc)
			}
			if vals[general] != nil && len(vals[general]) == 0 {
				delete(vals, general)
			}
		}
	}
}

// factConflicts groups the facts of all documents by topic and records a
// conflict wherever documents give a topic different values.
func factConflicts(xs []*extract.Extraction, links map[string][]string, g *graph.Graph) []graph.Conflict {
	kin := newKinAnchor(g)
	fv := &factValues{values: map[topic]map[string]map[string]string{}}
	for _, x := range xs {
		for _, f := range x.Facts {
			subj := kin.subject(f, links[x.Doc.ID])
			if subj == "" || f.Value == "" {
				continue
			}
			ev := f.Evidence.Text
			if x.Doc.Date != "" {
				ev = x.Doc.Date + ": " + ev
			}
			fv.add(topic{f.Kind, subj}, f.Value, x.Doc.ID, ev)
		}
	}
	fv.subsume()
	nameOf := map[string]string{}
	for _, e := range g.Entities {
		nameOf[e.ID] = e.Name
	}
	var out []graph.Conflict
	for _, t := range fv.order {
		if len(fv.values[t]) > 1 {
			out = append(out, factConflict(t, nameOf[t.subject], fv.values[t]))
		}
	}
	return out
}

// factConflict is the conflict over topic t, about the entity named name,
// between the given values.
func factConflict(t topic, name string, values map[string]map[string]string) graph.Conflict {
	c := graph.Conflict{ID: strings.ReplaceAll(t.kind, " ", "-") + ":" + t.subject, Kind: t.kind, Subject: t.subject,
		Topic: t.kind + " of " + name}
	var vals []string
	for v := range values {
		vals = append(vals, v)
	}
	sort.Strings(vals)
	for _, v := range vals {
		cv := graph.ConflictValue{Value: v}
		for d := range values[v] {
			cv.Documents = append(cv.Documents, d)
		}
		sort.Strings(cv.Documents)
		for _, d := range cv.Documents {
			cv.Evidence = append(cv.Evidence, d+": "+values[v][d])
		}
		c.Values = append(c.Values, cv)
	}
	return c
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
// (Samira / Zamira), or an organization's shorter name (Prime Video). A
// person's name with a familiar or clipped given name, or without its
// middle names (Walt / Walter), is another form of it, not a spelling.
func spellingOf(e graph.Entity, name string) bool {
	a, b := names.Fold(e.Name), names.Fold(name)
	switch {
	case a == b:
		return true
	case (e.Type == graph.Person || e.Type == graph.Character) && resolve.OtherForm(e.Name, name):
		return false
	case len(strings.Fields(a)) == len(strings.Fields(b)) && names.EditDistance(a, b) <= 2:
		return true
	case e.Type == graph.Organization && resolve.Affix(b, a) && len(strings.Fields(b)) > 1:
		return true
	}
	return false
}
