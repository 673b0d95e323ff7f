package graph

import "sort"

// Entity types: the node labels of the graph. The set is closed so that
// labels written to Neo4j never come from input text.
const (
	Person       = "Person"
	Character    = "Character"
	Series       = "Series"
	Book         = "Book"
	Organization = "Organization"
	Place        = "Place"
)

// EntityTypes lists every entity type in a fixed order.
var EntityTypes = []string{Person, Character, Series, Book, Organization, Place}

// Predicates is the fixed relation vocabulary (see GOLD-FORMAT.md). Relation
// types written to a store come only from this list.
var Predicates = []string{
	"PLAYS", "STARS_IN", "CREATED", "SHOWRUNNER_OF", "EXECUTIVE_PRODUCER_OF",
	"DIRECTED", "WROTE", "PRODUCED_BY", "AIRS_ON", "BASED_ON", "SPINOFF_OF",
	"APPEARS_IN", "SET_IN", "MEMBER_OF", "RELATIVE_OF", "ROMANTIC_PARTNER_OF",
	"PARTNER_OF", "KILLED",
}

// Symmetric reports whether a predicate has no direction (partners, family).
func Symmetric(predicate string) bool {
	switch predicate {
	case "RELATIVE_OF", "ROMANTIC_PARTNER_OF", "PARTNER_OF":
		return true
	}
	return false
}

// ValidType reports whether t is one of EntityTypes.
func ValidType(t string) bool {
	for _, x := range EntityTypes {
		if x == t {
			return true
		}
	}
	return false
}

// ValidPredicate reports whether p is one of Predicates.
func ValidPredicate(p string) bool {
	for _, x := range Predicates {
		if x == p {
			return true
		}
	}
	return false
}

// Graph is a whole knowledge graph: what a Store holds and what an export
// writes. Slices are kept sorted by id (see Sort) so that output is
// deterministic and diffs cleanly.
type Graph struct {
	Documents []Document `json:"documents"`
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
	Mentions  []Mention  `json:"mentions,omitempty"`
	Conflicts []Conflict `json:"conflicts,omitempty"`
}

// Document is one source document. Hash is the SHA-256 of its raw bytes, so
// re-ingestion can tell an unchanged document from an edited one.
type Document struct {
	ID    string `json:"id"`
	Path  string `json:"path"`
	Title string `json:"title,omitempty"`
	Kind  string `json:"kind,omitempty"`
	Date  string `json:"date,omitempty"`
	Hash  string `json:"hash"`
	Size  int    `json:"size"`
}

// Entity is one real thing (a person, a character, a series...). Name is the
// canonical name chosen by reconciliation; Aliases are the other surface
// forms that name it; Variants record, for each surface form including the
// canonical one, which documents used it and how often.
type Entity struct {
	ID       string    `json:"id"`
	Type     string    `json:"type"`
	Name     string    `json:"name"`
	Aliases  []string  `json:"aliases"`
	Roles    []string  `json:"roles,omitempty"`
	Variants []Variant `json:"variants,omitempty"`
	// Merges explains why the entity's surface forms were joined: one line
	// per rule applied, with its evidence.
	Merges []string `json:"merges,omitempty"`
	// Typing explains the entity's type: which typing rules gave its
	// mentions which types, and which rule settled the type where they
	// disagreed, so that a Character is never a Person without a reason.
	Typing []TypeVote `json:"typing,omitempty"`
}

// TypeVote is one line of an entity's Typing. Without Decided, Mentions of
// the entity's mentions were given Type by the typing rule Rule (the rule
// extract names, or its signal where it names none). With Decided, Rule is
// the reconciliation rule that settled the entity's type, and Mentions how
// many mentions typed otherwise it overrode: one decided line per entity,
// so a reader sees the verdict beside the votes.
type TypeVote struct {
	Type     string `json:"type"`
	Rule     string `json:"rule"`
	Mentions int    `json:"mentions,omitempty"`
	Decided  bool   `json:"decided,omitempty"`
}

// Variant is one surface form of an entity and the documents that use it.
type Variant struct {
	Name      string         `json:"name"`
	Documents map[string]int `json:"documents"`
}

// Relation is one fact edge between two entities, with the documents and
// sentences that support it.
type Relation struct {
	From       string     `json:"from"`
	Type       string     `json:"type"`
	To         string     `json:"to"`
	Detail     string     `json:"detail,omitempty"`
	Sources    []string   `json:"sources"`
	Evidence   []Evidence `json:"evidence,omitempty"`
	Confidence float64    `json:"confidence,omitempty"`
}

// Key identifies a relation within a graph.
func (r Relation) Key() string { return r.From + "|" + r.Type + "|" + r.To }

// Evidence is a sentence of a document that supports a relation. Start and
// End are byte offsets into the original (unnormalised) file.
type Evidence struct {
	Document string `json:"document"`
	Text     string `json:"text"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
}

// Mention records that an entity is named in a document, and how often: the
// MENTIONED_IN edge.
type Mention struct {
	Entity   string `json:"entity"`
	Document string `json:"document"`
	Count    int    `json:"count"`
}

// Conflict is a disagreement between documents: two spellings of one name,
// or two claims about one fact. Each value lists the documents asserting it.
type Conflict struct {
	ID      string          `json:"id"`
	Kind    string          `json:"kind"`
	Subject string          `json:"subject"`
	Topic   string          `json:"topic,omitempty"`
	Values  []ConflictValue `json:"values"`
}

// ConflictValue is one side of a Conflict.
type ConflictValue struct {
	Value     string   `json:"value"`
	Documents []string `json:"documents"`
	Evidence  []string `json:"evidence,omitempty"`
}

// SortedCopy returns a copy of g in canonical order, leaving g untouched:
// writers sort so their output is deterministic, and must not reorder the
// caller's slices behind its back.
func (g *Graph) SortedCopy() *Graph {
	c := &Graph{
		Documents: append([]Document(nil), g.Documents...),
		Entities:  append([]Entity(nil), g.Entities...),
		Relations: append([]Relation(nil), g.Relations...),
		Mentions:  append([]Mention(nil), g.Mentions...),
		Conflicts: append([]Conflict(nil), g.Conflicts...),
	}
	c.Sort()
	return c
}

// InOrder reports whether every slice of g is in its canonical order with
// no two items of one slice tied, so that Sort would leave g as it is: a
// writer may then read g itself rather than a sorted copy, which for a
// large graph is a few hundred megabytes beside it. It reads the orders
// Sort sorts by.
func (g *Graph) InOrder() bool {
	return strictlyOrdered(g.Documents, documentLess) && strictlyOrdered(g.Entities, entityLess) &&
		strictlyOrdered(g.Relations, keyLess) && strictlyOrdered(g.Mentions, mentionLess) &&
		strictlyOrdered(g.Conflicts, conflictLess)
}

// Sort puts every slice of g in its canonical order.
func (g *Graph) Sort() {
	sort.Slice(g.Documents, func(i, j int) bool { return documentLess(&g.Documents[i], &g.Documents[j]) })
	sort.Slice(g.Entities, func(i, j int) bool { return entityLess(&g.Entities[i], &g.Entities[j]) })
	sort.Sort(relationsByKey(g.Relations))
	sort.Slice(g.Mentions, func(i, j int) bool { return mentionLess(&g.Mentions[i], &g.Mentions[j]) })
	sort.Slice(g.Conflicts, func(i, j int) bool { return conflictLess(&g.Conflicts[i], &g.Conflicts[j]) })
}

// The canonical orders of a graph's slices, read by Sort and InOrder.
func documentLess(a, b *Document) bool { return a.ID < b.ID }
func entityLess(a, b *Entity) bool     { return a.ID < b.ID }
func conflictLess(a, b *Conflict) bool { return a.ID < b.ID }
func mentionLess(a, b *Mention) bool {
	if a.Entity != b.Entity {
		return a.Entity < b.Entity
	}
	return a.Document < b.Document
}

// strictlyOrdered reports whether each item of s is less than the next.
func strictlyOrdered[T any](s []T, less func(a, b *T) bool) bool {
	for i := 1; i < len(s); i++ {
		if !less(&s[i-1], &s[i]) {
			return false
		}
	}
	return true
}

// relationsByKey sorts relations by Key, comparing the keys without
// making them: made for every comparison, the keys were most of the cost
// of sorting the relations of a large graph, and made once beforehand,
// all of them were held beside the graph at the end of a build. sort.Sort
// compares and swaps as sort.Slice does, so relations with one key keep
// the order they had.
type relationsByKey []Relation

func (b relationsByKey) Len() int           { return len(b) }
func (b relationsByKey) Less(i, j int) bool { return keyLess(&b[i], &b[j]) }
func (b relationsByKey) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

// keyLess reports whether a.Key() < b.Key() without making the keys.
func keyLess(a, b *Relation) bool {
	// Where the parts differ before either ends, the first part that
	// differs decides; a part that is a prefix of the other's is compared
	// byte by byte with what follows it in the key.
	if a.From != b.From {
		if !prefix(a.From, b.From) {
			return a.From < b.From
		}
	} else if a.Type != b.Type {
		if !prefix(a.Type, b.Type) {
			return a.Type < b.Type
		}
	} else {
		return a.To < b.To
	}
	ka, kb := keyBytes{parts: [5]string{a.From, "|", a.Type, "|", a.To}}, keyBytes{parts: [5]string{b.From, "|", b.Type, "|", b.To}}
	for {
		x, okx := ka.next()
		y, oky := kb.next()
		if !okx || !oky {
			return !okx && oky
		}
		if x != y {
			return x < y
		}
	}
}

// prefix reports whether one of a and b is a prefix of the other.
func prefix(a, b string) bool {
	n := min(len(a), len(b))
	return a[:n] == b[:n]
}

// keyBytes reads a relation's key a byte at a time from its parts.
type keyBytes struct {
	parts   [5]string
	part, i int
}

func (k *keyBytes) next() (byte, bool) {
	for k.part < len(k.parts) {
		if k.i < len(k.parts[k.part]) {
			c := k.parts[k.part][k.i]
			k.i++
			return c, true
		}
		k.part, k.i = k.part+1, 0
	}
	return 0, false
}

// Stats counts what a graph holds.
type Stats struct {
	Documents int            `json:"documents"`
	Entities  map[string]int `json:"entities"`
	Relations map[string]int `json:"relations"`
	Mentions  int            `json:"mentions"`
	Conflicts int            `json:"conflicts"`
}

// Count computes the Stats of g.
func (g *Graph) Count() Stats {
	s := Stats{Documents: len(g.Documents), Entities: map[string]int{}, Relations: map[string]int{},
		Mentions: len(g.Mentions), Conflicts: len(g.Conflicts)}
	for _, e := range g.Entities {
		s.Entities[e.Type]++
	}
	for _, r := range g.Relations {
		s.Relations[r.Type]++
	}
	return s
}
