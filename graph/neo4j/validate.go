package neo4j

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/graph/cypherplan"
)

// validate checks that g can be written as a Neo4j graph: ids are present
// and unique, types and predicates are from the closed sets, and every edge
// has both of its ends. It reports the first problem, in the order of
// graphChecks.
func validate(g *graph.Graph) error {
	ids := &knownIDs{documents: map[string]bool{}, entities: map[string]bool{}}
	for _, check := range graphChecks {
		if err := check(g, ids); err != nil {
			return err
		}
	}
	return nil
}

// knownIDs holds the ids of the nodes that edges point at, filled by the
// checks of those nodes before the checks of the edges read them.
type knownIDs struct {
	documents, entities map[string]bool
}

// graphChecks are the checks of validate, nodes before the edges that need
// them.
var graphChecks = []func(*graph.Graph, *knownIDs) error{
	checkDocuments,
	checkEntities,
	checkRelations,
	checkMentions,
	checkConflicts,
	checkSizes,
}

// MaxIndexedBytes bounds the length of every string property that an index
// or constraint covers (ids, keys, names, paths). Neo4j refuses to index a
// value over about 8 KB, failing the whole write with a message that names
// neither the document nor the entity; checking first names both. The
// bound is half the server's, since a variant's key joins an id and a name.
const MaxIndexedBytes = 4000

// checkSizes checks the indexed properties against MaxIndexedBytes,
// naming the entity and the documents it comes from.
func checkSizes(g *graph.Graph, _ *knownIDs) error {
	for _, d := range g.Documents {
		for _, v := range []struct{ what, value string }{{"id", d.ID}, {"path", d.Path}} {
			if len(v.value) > MaxIndexedBytes {
				return fmt.Errorf("document %s: %s", short(d.Path), tooLong(v.what, v.value))
			}
		}
	}
	docs := entityDocuments(g)
	for _, e := range g.Entities {
		values := []struct{ what, value string }{{"id", e.ID}, {"name", e.Name}}
		for _, v := range e.Variants {
			values = append(values, struct{ what, value string }{"spelling", e.ID + cypherplan.Sep + v.Name})
		}
		for _, v := range values {
			if len(v.value) > MaxIndexedBytes {
				return fmt.Errorf("entity %s (in %s): %s", short(e.ID), docs[e.ID], tooLong(v.what, v.value))
			}
		}
	}
	for _, c := range g.Conflicts {
		if len(c.ID) > MaxIndexedBytes {
			return fmt.Errorf("conflict about %s: %s", short(c.Subject), tooLong("id", c.ID))
		}
	}
	return nil
}

func tooLong(what, value string) string {
	return fmt.Sprintf("%s of %d bytes (%s) is over the %d bytes Neo4j can index", what, len(value), short(value), MaxIndexedBytes)
}

// short quotes s cut to 60 bytes, for a message that must stay readable
// when s is a run-on line.
func short(s string) string {
	if len(s) <= 60 {
		return fmt.Sprintf("%q", s)
	}
	cut := 60
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return fmt.Sprintf("%q…", s[:cut])
}

// entityDocuments lists, for each entity, the documents that mention it
// or use one of its spellings, for messages.
func entityDocuments(g *graph.Graph) map[string]string {
	sets := map[string]map[string]bool{}
	add := func(e, d string) {
		if sets[e] == nil {
			sets[e] = map[string]bool{}
		}
		sets[e][d] = true
	}
	for _, m := range g.Mentions {
		add(m.Entity, m.Document)
	}
	for _, e := range g.Entities {
		for _, v := range e.Variants {
			for d := range v.Documents {
				add(e.ID, d)
			}
		}
	}
	out := map[string]string{}
	for e, set := range sets {
		var ds []string
		for d := range set {
			ds = append(ds, d)
		}
		sort.Strings(ds)
		out[e] = "documents " + strings.Join(ds, ", ")
	}
	for _, e := range g.Entities {
		if out[e.ID] == "" {
			out[e.ID] = "no document"
		}
	}
	return out
}

func checkDocuments(g *graph.Graph, ids *knownIDs) error {
	for _, d := range g.Documents {
		if d.ID == "" {
			return fmt.Errorf("document %q: empty id", d.Path)
		}
		if ids.documents[d.ID] {
			return fmt.Errorf("document %q: duplicate id", d.ID)
		}
		ids.documents[d.ID] = true
	}
	return nil
}

func checkEntities(g *graph.Graph, ids *knownIDs) error {
	for _, e := range g.Entities {
		if e.ID == "" {
			return fmt.Errorf("entity %q: empty id", e.Name)
		}
		if ids.entities[e.ID] {
			return fmt.Errorf("entity %q: duplicate id", e.ID)
		}
		ids.entities[e.ID] = true
		if !graph.ValidType(e.Type) {
			return fmt.Errorf("entity %q: unknown type %q (want one of %v)", e.ID, e.Type, graph.EntityTypes)
		}
		if err := checkVariants(e, ids.documents); err != nil {
			return err
		}
	}
	return nil
}

// checkVariants checks that e's variants have distinct names (a Variant
// node's key is the entity id and the name) and are used only in known
// documents.
func checkVariants(e graph.Entity, documents map[string]bool) error {
	names := map[string]bool{}
	for _, v := range e.Variants {
		if names[v.Name] {
			return fmt.Errorf("entity %q: duplicate variant %q", e.ID, v.Name)
		}
		names[v.Name] = true
		for doc := range v.Documents {
			if !documents[doc] {
				return fmt.Errorf("entity %q: variant %q: unknown document %q", e.ID, v.Name, doc)
			}
		}
	}
	return nil
}

func checkRelations(g *graph.Graph, ids *knownIDs) error {
	facts := map[string]bool{}
	for _, r := range g.Relations {
		if !graph.ValidPredicate(r.Type) {
			return fmt.Errorf("relation %s: unknown predicate %q", r.Key(), r.Type)
		}
		for _, end := range []string{r.From, r.To} {
			if !ids.entities[end] {
				return fmt.Errorf("relation %s: unknown entity %q", r.Key(), end)
			}
		}
		if facts[r.Key()] {
			return fmt.Errorf("relation %s: duplicate", r.Key())
		}
		facts[r.Key()] = true
	}
	return nil
}

func checkMentions(g *graph.Graph, ids *knownIDs) error {
	mentions := map[[2]string]bool{}
	for _, m := range g.Mentions {
		if !ids.entities[m.Entity] {
			return fmt.Errorf("mention of %q in %q: unknown entity", m.Entity, m.Document)
		}
		if !ids.documents[m.Document] {
			return fmt.Errorf("mention of %q in %q: unknown document", m.Entity, m.Document)
		}
		key := [2]string{m.Entity, m.Document}
		if mentions[key] {
			return fmt.Errorf("mention of %q in %q: duplicate", m.Entity, m.Document)
		}
		mentions[key] = true
	}
	return nil
}

func checkConflicts(g *graph.Graph, ids *knownIDs) error {
	conflicts := map[string]bool{}
	for _, c := range g.Conflicts {
		if c.ID == "" {
			return fmt.Errorf("conflict about %q: empty id", c.Subject)
		}
		if conflicts[c.ID] {
			return fmt.Errorf("conflict %q: duplicate id", c.ID)
		}
		conflicts[c.ID] = true
		for _, v := range c.Values {
			if err := checkClaim(c.ID, v, ids.documents); err != nil {
				return err
			}
		}
	}
	return nil
}

// checkClaim checks that a conflict's value is asserted by known
// documents, each listed once (a document is one ASSERTED_BY edge).
func checkClaim(conflict string, v graph.ConflictValue, documents map[string]bool) error {
	seen := map[string]bool{}
	for _, doc := range v.Documents {
		if !documents[doc] {
			return fmt.Errorf("conflict %q: value %q: unknown document %q", conflict, v.Value, doc)
		}
		if seen[doc] {
			return fmt.Errorf("conflict %q: value %q: document %q listed twice", conflict, v.Value, doc)
		}
		seen[doc] = true
	}
	return nil
}
