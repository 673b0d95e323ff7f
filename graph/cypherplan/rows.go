package cypherplan

import (
	"sort"
	"strconv"

	"github.com/kgbuild/kg/graph"
)

// part is the rows of one kind of element and the keys that identify them
// for the matching Delete.
type part struct {
	rows []Row
	keys []string
}

func (p *part) add(key string, row Row) {
	p.keys = append(p.keys, key)
	p.rows = append(p.rows, row)
}

// builder collects the rows and keys of a graph, one element at a time.
type builder struct {
	documents, variants, uses, mentions part
	conflicts, claims, assertions       part

	entities map[string]*part // by entity type
	facts    map[string]*part // by predicate
	about    part
	known    map[string]bool // entity ids, for ABOUT
}

// partOf returns the part of parts for name, made on first use.
func partOf(parts map[string]*part, name string) *part {
	p := parts[name]
	if p == nil {
		p = &part{}
		parts[name] = p
	}
	return p
}

func newBuilder() *builder {
	return &builder{entities: map[string]*part{}, facts: map[string]*part{}, known: map[string]bool{}}
}

func (b *builder) addDocument(d graph.Document) {
	b.documents.add(d.ID, Row{
		{"id", d.ID}, {"path", d.Path}, {"title", optional(d.Title)}, {"kind", optional(d.Kind)},
		{"date", optional(d.Date)}, {"hash", d.Hash}, {"size", int64(d.Size)},
	})
}

// addEntity adds the entity and its name variants with the documents
// using each (in document id order); a variant's position keeps the order
// of e.Variants, which Neo4j does not keep for relationships.
func (b *builder) addEntity(e graph.Entity) {
	b.known[e.ID] = true
	partOf(b.entities, e.Type).add(e.ID, append(Row{
		{"id", e.ID}, {"type", e.Type}, {"name", e.Name}, {"aliases", list(e.Aliases)},
		{"roles", list(e.Roles)}, {"merges", list(e.Merges)},
	}, typingProps(e.Typing)...))
	for i, v := range e.Variants {
		key := e.ID + Sep + v.Name
		b.variants.add(key, Row{{"key", key}, {"entity", e.ID}, {"name", v.Name}, {"position", int64(i)}})
		for _, doc := range sortedKeys(v.Documents) {
			b.uses.add(key+Sep+doc, Row{{"key", key}, {"document", doc}, {"count", int64(v.Documents[doc])}})
		}
	}
}

// typingProps stores an entity's typing as four parallel lists, element i
// of each one line of graph.Entity.Typing, because Neo4j properties cannot
// hold maps. All four are unset when the entity has no typing.
func typingProps(votes []graph.TypeVote) []Prop {
	if len(votes) == 0 {
		return []Prop{{"typing_types", nil}, {"typing_rules", nil}, {"typing_mentions", nil}, {"typing_decided", nil}}
	}
	ts := make([]string, len(votes))
	rs := make([]string, len(votes))
	ms := make([]int64, len(votes))
	ds := make([]bool, len(votes))
	for i, v := range votes {
		ts[i], rs[i], ms[i], ds[i] = v.Type, v.Rule, int64(v.Mentions), v.Decided
	}
	return []Prop{{"typing_types", ts}, {"typing_rules", rs}, {"typing_mentions", ms}, {"typing_decided", ds}}
}

func (b *builder) addRelation(r graph.Relation) {
	row := Row{
		{"from", r.From}, {"to", r.To}, {"sources", list(r.Sources)},
		{"detail", optional(r.Detail)}, {"confidence", r.Confidence},
	}
	partOf(b.facts, r.Type).add(r.From+Sep+r.Type+Sep+r.To, append(row, evidenceProps(r.Evidence)...))
}

// evidenceProps stores the evidence as four parallel lists, element i of
// each describing one sentence, because Neo4j properties cannot hold maps.
// All four are unset when there is no evidence.
func evidenceProps(evs []graph.Evidence) []Prop {
	if len(evs) == 0 {
		return []Prop{{"evidence_documents", nil}, {"evidence_texts", nil},
			{"evidence_starts", nil}, {"evidence_ends", nil}}
	}
	ds := make([]string, len(evs))
	ts := make([]string, len(evs))
	ss := make([]int64, len(evs))
	es := make([]int64, len(evs))
	for i, ev := range evs {
		ds[i], ts[i], ss[i], es[i] = ev.Document, ev.Text, int64(ev.Start), int64(ev.End)
	}
	return []Prop{{"evidence_documents", ds}, {"evidence_texts", ts},
		{"evidence_starts", ss}, {"evidence_ends", es}}
}

func (b *builder) addMention(m graph.Mention) {
	b.mentions.add(m.Entity+Sep+m.Document,
		Row{{"entity", m.Entity}, {"document", m.Document}, {"count", int64(m.Count)}})
}

// addConflict adds the conflict, its ABOUT edge when its subject is an
// entity of the graph (call it after every addEntity), and one claim per
// value with the documents asserting it, positions keeping their order.
func (b *builder) addConflict(c graph.Conflict) {
	b.conflicts.add(c.ID, Row{{"id", c.ID}, {"kind", c.Kind}, {"subject", c.Subject}, {"topic", optional(c.Topic)}})
	if b.known[c.Subject] {
		b.about.add(c.ID, Row{{"id", c.ID}, {"subject", c.Subject}})
	}
	for i, v := range c.Values {
		key := c.ID + Sep + strconv.Itoa(i)
		b.claims.add(key, Row{
			{"key", key}, {"conflict", c.ID}, {"position", int64(i)}, {"value", v.Value}, {"evidence", list(v.Evidence)},
		})
		for j, doc := range v.Documents {
			b.assertions.add(key+Sep+doc, Row{{"key", key}, {"document", doc}, {"position", int64(j)}})
		}
	}
}

// optional makes an empty string an unset property.
func optional(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// list makes a nil list an unset property and keeps an empty one empty, so
// that loading gives back what was written.
func list(s []string) any {
	if s == nil {
		return nil
	}
	return s
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
