package neo4j

import (
	"context"
	"fmt"
	"sort"

	"github.com/kgbuild/kg/graph"
	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Load reads the whole stored graph back, in one transaction that no
// Replace can switch during (see read). An empty database gives an empty
// graph.
func (s *Store) Load(ctx context.Context) (*graph.Graph, error) {
	g, err := s.read(ctx, func(tx runner) (any, error) {
		return load(ctx, tx)
	})
	if err != nil {
		return nil, s.hint(fmt.Errorf("neo4j: load graph from database %q: %w", s.db, err), "")
	}
	return g.(*graph.Graph), nil
}

// loader builds a graph from the records of the read statements; index
// finds an entity's position in g.Entities, for its variants, and variants
// holds the variants until their entities get them in order.
type loader struct {
	g        *graph.Graph
	index    map[string]int
	variants []placedVariant
}

// placedVariant is a variant as read: the index of its entity in
// g.Entities and its position among the entity's variants.
type placedVariant struct {
	entity   int
	position int
	v        graph.Variant
}

// reads are the statements Load runs, in order (variants need their
// entities loaded), each with what it reads, for errors, and the method
// that adds one of its records to the graph.
var reads = []struct {
	what   string
	cypher string
	params map[string]any
	add    func(*loader, *driver.Record)
}{
	{"documents", readDocuments, nil, (*loader).addDocument},
	{"entities", readEntities, nil, (*loader).addEntity},
	{"variants", readVariants, nil, (*loader).addVariant},
	{"relations", readFacts, map[string]any{"predicates": graph.Predicates}, (*loader).addRelation},
	{"mentions", readMentions, nil, (*loader).addMention},
	{"conflicts", readConflicts, nil, (*loader).addConflict},
}

// load reads the graph, a record at a time, so that neither the server
// nor this process holds a statement's whole result besides the graph.
func load(ctx context.Context, tx runner) (*graph.Graph, error) {
	l := &loader{g: &graph.Graph{}, index: map[string]int{}}
	for _, rd := range reads {
		if err := each(ctx, tx, rd.cypher, rd.params, func(r *driver.Record) { rd.add(l, r) }); err != nil {
			return nil, fmt.Errorf("%s: %w", rd.what, err)
		}
	}
	l.placeVariants()
	l.g.Sort()
	return l.g, nil
}

func (l *loader) addDocument(r *driver.Record) {
	l.g.Documents = append(l.g.Documents, documentFrom(r))
}

func (l *loader) addEntity(r *driver.Record) {
	e := graph.Entity{
		ID: str(r, "id"), Type: str(r, "type"), Name: str(r, "name"),
		Aliases: strs(r, "aliases", false), Roles: strs(r, "roles", true), Merges: strs(r, "merges", true),
		Typing: typingFrom(r),
	}
	l.index[e.ID] = len(l.g.Entities)
	l.g.Entities = append(l.g.Entities, e)
}

// addVariant keeps a variant, with the documents using it, for its entity
// (see placeVariants).
func (l *loader) addVariant(r *driver.Record) {
	i, ok := l.index[str(r, "entity")]
	if !ok {
		return
	}
	v := graph.Variant{Name: str(r, "name"), Documents: map[string]int{}}
	pairs, _ := r.AsMap()["documents"].([]any)
	for _, p := range pairs {
		pair, _ := p.([]any)
		if len(pair) == 2 && pair[0] != nil {
			doc, _ := pair[0].(string)
			n, _ := pair[1].(int64)
			v.Documents[doc] = int(n)
		}
	}
	l.variants = append(l.variants, placedVariant{entity: i, position: integer(r, "position"), v: v})
}

// placeVariants gives each entity its variants in the order of their
// positions, the order they were written in.
func (l *loader) placeVariants() {
	sort.SliceStable(l.variants, func(a, b int) bool {
		x, y := l.variants[a], l.variants[b]
		if x.entity != y.entity {
			return x.entity < y.entity
		}
		return x.position < y.position
	})
	for _, pv := range l.variants {
		e := &l.g.Entities[pv.entity]
		e.Variants = append(e.Variants, pv.v)
	}
}

func (l *loader) addRelation(r *driver.Record) {
	l.g.Relations = append(l.g.Relations, graph.Relation{
		From: str(r, "from"), Type: str(r, "type"), To: str(r, "to"), Detail: str(r, "detail"),
		Sources: strs(r, "sources", false), Confidence: float(r, "confidence"),
		Evidence: evidenceFrom(r),
	})
}

// evidenceFrom zips the four parallel evidence lists of a fact edge back
// into sentences; a shorter list leaves zero values.
func evidenceFrom(r *driver.Record) []graph.Evidence {
	docs := strs(r, "evidenceDocuments", true)
	texts := strs(r, "evidenceTexts", true)
	starts := ints(r, "evidenceStarts")
	ends := ints(r, "evidenceEnds")
	var out []graph.Evidence
	for i := range docs {
		ev := graph.Evidence{Document: docs[i]}
		if i < len(texts) {
			ev.Text = texts[i]
		}
		if i < len(starts) {
			ev.Start = starts[i]
		}
		if i < len(ends) {
			ev.End = ends[i]
		}
		out = append(out, ev)
	}
	return out
}

// typingFrom zips the four parallel typing lists of an entity back into
// its type votes; a shorter list leaves zero values.
func typingFrom(r *driver.Record) []graph.TypeVote {
	types := strs(r, "typingTypes", true)
	rules := strs(r, "typingRules", true)
	mentions := ints(r, "typingMentions")
	decided, _ := r.AsMap()["typingDecided"].([]any)
	var out []graph.TypeVote
	for i := range types {
		v := graph.TypeVote{Type: types[i]}
		if i < len(rules) {
			v.Rule = rules[i]
		}
		if i < len(mentions) {
			v.Mentions = mentions[i]
		}
		if i < len(decided) {
			v.Decided, _ = decided[i].(bool)
		}
		out = append(out, v)
	}
	return out
}

func (l *loader) addMention(r *driver.Record) {
	l.g.Mentions = append(l.g.Mentions, graph.Mention{
		Entity: str(r, "entity"), Document: str(r, "document"), Count: integer(r, "count"),
	})
}

func (l *loader) addConflict(r *driver.Record) {
	c := graph.Conflict{ID: str(r, "id"), Kind: str(r, "kind"), Subject: str(r, "subject"), Topic: str(r, "topic")}
	claims, _ := r.AsMap()["claims"].([]any)
	for _, x := range claims {
		m, _ := x.(map[string]any)
		v := graph.ConflictValue{Value: asString(m["value"]), Documents: asStrings(m["documents"], false),
			Evidence: asStrings(m["evidence"], true)}
		if v.Documents == nil {
			v.Documents = []string{}
		}
		c.Values = append(c.Values, v)
	}
	l.g.Conflicts = append(l.g.Conflicts, c)
}

// Documents returns the stored documents, sorted by id.
func (s *Store) Documents(ctx context.Context) ([]graph.Document, error) {
	docs, err := s.read(ctx, func(tx runner) (any, error) {
		return readDocs(ctx, tx)
	})
	if err != nil {
		return nil, s.hint(fmt.Errorf("neo4j: read documents from database %q: %w", s.db, err), "")
	}
	return docs.([]graph.Document), nil
}

func readDocs(ctx context.Context, tx runner) ([]graph.Document, error) {
	var docs []graph.Document
	if err := each(ctx, tx, readDocuments, nil, func(r *driver.Record) { docs = append(docs, documentFrom(r)) }); err != nil {
		return nil, fmt.Errorf("documents: %w", err)
	}
	sort.Slice(docs, func(i, j int) bool { return docs[i].ID < docs[j].ID })
	return docs, nil
}

func documentFrom(r *driver.Record) graph.Document {
	return graph.Document{
		ID: str(r, "id"), Path: str(r, "path"), Title: str(r, "title"), Kind: str(r, "kind"),
		Date: str(r, "date"), Hash: str(r, "hash"), Size: integer(r, "size"),
	}
}

// Stats counts what is stored with aggregate queries, without loading the
// graph, in one transaction that no Replace can switch during (see read).
func (s *Store) Stats(ctx context.Context) (graph.Stats, error) {
	st, err := s.read(ctx, func(tx runner) (any, error) {
		st := graph.Stats{Entities: map[string]int{}, Relations: map[string]int{}}
		one := func(cypher string) (int, error) {
			recs, err := collect(ctx, tx, cypher, nil)
			if err != nil || len(recs) == 0 {
				return 0, err
			}
			return integer(recs[0], "n"), nil
		}
		grouped := func(cypher string, into map[string]int) error {
			recs, err := collect(ctx, tx, cypher, map[string]any{"predicates": graph.Predicates})
			for _, r := range recs {
				into[str(r, "type")] = integer(r, "n")
			}
			return err
		}
		var err error
		if st.Documents, err = one(countDocuments); err != nil {
			return nil, err
		}
		if err := grouped(countEntities, st.Entities); err != nil {
			return nil, err
		}
		if err := grouped(countFacts, st.Relations); err != nil {
			return nil, err
		}
		if st.Mentions, err = one(countMentions); err != nil {
			return nil, err
		}
		if st.Conflicts, err = one(countConflicts); err != nil {
			return nil, err
		}
		return st, nil
	})
	if err != nil {
		return graph.Stats{}, s.hint(fmt.Errorf("neo4j: count in database %q: %w", s.db, err), "")
	}
	return st.(graph.Stats), nil
}

// each runs a statement and hands its records to fn one at a time, as the
// server streams them.
func each(ctx context.Context, tx runner, cypher string, params map[string]any, fn func(*driver.Record)) error {
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return err
	}
	for res.Next(ctx) {
		fn(res.Record())
	}
	return res.Err()
}

func collect(ctx context.Context, tx runner, cypher string, params map[string]any) ([]*driver.Record, error) {
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	return res.Collect(ctx)
}

// The helpers below read a record's values leniently: a missing or null
// property reads as the zero value, which is how Replace stores zero values.

func str(r *driver.Record, key string) string {
	v, _ := r.Get(key)
	return asString(v)
}

func asString(v any) string {
	s, _ := v.(string)
	return s
}

// strs reads a list of strings; omitEmpty turns an empty list into nil for
// the fields that the JSON encoding omits when empty.
func strs(r *driver.Record, key string, omitEmpty bool) []string {
	v, _ := r.Get(key)
	return asStrings(v, omitEmpty)
}

func asStrings(v any, omitEmpty bool) []string {
	xs, ok := v.([]any)
	if !ok || (omitEmpty && len(xs) == 0) {
		return nil
	}
	out := make([]string, 0, len(xs))
	for _, x := range xs {
		s, _ := x.(string)
		out = append(out, s)
	}
	return out
}

func ints(r *driver.Record, key string) []int {
	v, _ := r.Get(key)
	xs, _ := v.([]any)
	var out []int
	for _, x := range xs {
		n, _ := x.(int64)
		out = append(out, int(n))
	}
	return out
}

func integer(r *driver.Record, key string) int {
	v, _ := r.Get(key)
	n, _ := v.(int64)
	return int(n)
}

func float(r *driver.Record, key string) float64 {
	v, _ := r.Get(key)
	switch x := v.(type) {
	case float64:
		return x
	case int64:
		return float64(x)
	}
	return 0
}
