package cypherplan

import (
	"github.com/kgbuild/kg/graph"
)

// Sep joins the parts of composite keys: Variant.key (entity id and name),
// Claim.key (conflict id and position) and the keys of relationships that
// Delete statements compare. U+001F never occurs in document text.
const Sep = "\x1f"

// Plan is what writes a whole graph into a Neo4j database: Merges create
// or update every element, nodes before the relationships between them,
// and delete nothing. The Cypher export prints it; the Neo4j store writes
// only the difference from what it holds (see Diff).
type Plan struct {
	Merges []Merge
}

// Merge is one statement that merges rows of one kind. The statement
// proper, Body, reads each row as row; what binds it differs between the
// store (UNWIND $rows, see Cypher) and the export (UNWIND over literals).
type Merge struct {
	// What names the rows in a comment of the export ("documents",
	// "Person entities").
	What string
	Body string
	Rows []Row
	// Kind is the kind of element the rows are (several merges share one:
	// the entities of every type, the relations of every predicate), and
	// Keys identify each row within its kind, Keys[i] that of Rows[i].
	Kind string
	Keys []string
	// Type is the entity type or predicate of a merge of one (the merges
	// of entities and of relations); empty for the others.
	Type string
}

// Cypher is the statement the driver runs with a batch's Params.
func (m Merge) Cypher() string { return "UNWIND $rows AS row\n" + m.Body }

// MaxBatchBytes bounds the values of one batch (a string counts its
// bytes, any other value 8), past its first row: a few entities with long
// lists of merges weigh more than thousands of mentions, and the server
// holds a batch's transaction in its memory, which a 1 GB heap bounds.
const MaxBatchBytes = 4 << 20

// Batches splits the rows into consecutive batches of at most size rows
// (size must be positive) and at most MaxBatchBytes of values, so that no
// message or transaction grows with the graph; a row larger than that is
// a batch of its own. A merge without rows has no batches and runs
// nothing.
func (m Merge) Batches(size int) []Batch {
	return m.batches(size, nil)
}

// batches splits as Batches does; past size rows, it cuts a batch before
// row i only when tied(i) is false (a nil tied never ties), while the
// bound in bytes cuts whatever tied says.
func (m Merge) batches(size int, tied func(i int) bool) []Batch {
	var out []Batch
	start, bytes := 0, 0
	for i, r := range m.Rows {
		n := r.size()
		full := i-start >= size && (tied == nil || !tied(i))
		if i > start && (full || bytes+n > MaxBatchBytes) {
			out = append(out, Batch(m.Rows[start:i]))
			start, bytes = i, 0
		}
		bytes += n
	}
	if start < len(m.Rows) {
		out = append(out, Batch(m.Rows[start:]))
	}
	return out
}

// Batch is a run of consecutive rows of one Merge: one message to the
// server or one statement of the export.
type Batch []Row

// Params returns the batch as the parameters of Merge.Cypher: $rows.
func (b Batch) Params() map[string]any {
	rows := make([]map[string]any, len(b))
	for i, r := range b {
		rows[i] = r.Map()
	}
	return map[string]any{"rows": rows}
}

// Prop is one property of a row. Value is a string, []string, int64,
// []int64, []bool, float64, or nil for a property left unset: the statement then
// sets it to null, which removes a value an earlier graph had.
type Prop struct {
	Key   string
	Value any
}

// Row is one element to merge, its properties in a fixed order so that the
// export prints them the same way every time.
type Row []Prop

// size is what the row's values weigh in a batch (see MaxBatchBytes).
func (r Row) size() int {
	n := 0
	for _, p := range r {
		switch v := p.Value.(type) {
		case string:
			n += len(v)
		case []string:
			for _, s := range v {
				n += len(s) + 8
			}
		case []int64:
			n += 8 * len(v)
		case []bool:
			n += 8 * len(v)
		default:
			n += 8
		}
	}
	return n
}

// Map returns the row as the driver takes it, unset properties as nil.
func (r Row) Map() map[string]any {
	m := make(map[string]any, len(r))
	for _, p := range r {
		m[p.Key] = p.Value
	}
	return m
}

// Str returns the string the row holds under name, "" when none, without
// making the row's map: the key of a node the row links to.
func (r Row) Str(name string) string {
	for _, p := range r {
		if p.Key == name {
			s, _ := p.Value.(string)
			return s
		}
	}
	return ""
}

// Build returns the plan that writes g whole: its Merges, and no Deletes.
// It expects a graph that passed the store's validation: rows of a type or
// predicate outside graph.EntityTypes and graph.Predicates are left out,
// since no statement could carry them. Rows keep the order of g's slices;
// Build does not sort.
func Build(g *graph.Graph) Plan {
	b := newBuilder()
	for _, d := range g.Documents {
		b.addDocument(d)
	}
	for _, e := range g.Entities {
		b.addEntity(e)
	}
	for _, r := range g.Relations {
		b.addRelation(r)
	}
	for _, m := range g.Mentions {
		b.addMention(m)
	}
	for _, c := range g.Conflicts {
		b.addConflict(c)
	}
	return Plan{Merges: b.merges()}
}

// merges lists the merge statements in the order they run: every node
// before the relationships that MATCH it.
func (b *builder) merges() []Merge {
	ms := []Merge{b.documents.merge("documents", mergeDocuments, kindDocuments)}
	for _, t := range graph.EntityTypes {
		m := partOf(b.entities, t).merge(t+" entities", mergeEntities(t), kindEntities)
		m.Type = t
		ms = append(ms, m)
	}
	ms = append(ms,
		b.variants.merge("name variants", mergeVariants, kindVariants),
		b.uses.merge("documents using each variant", mergeUses, kindUses),
		b.mentions.merge("mentions", mergeMentions, kindMentions),
	)
	for _, p := range graph.Predicates {
		m := partOf(b.facts, p).merge(p+" relations", mergeFacts(p), kindFacts)
		m.Type = p
		ms = append(ms, m)
	}
	return append(ms,
		b.conflicts.merge("conflicts", mergeConflicts, kindConflicts),
		b.about.merge("what each conflict is about", mergeAbout, kindAbout),
		b.claims.merge("claims", mergeClaims, kindClaims),
		b.assertions.merge("documents asserting each claim", mergeAssertions, kindAssertions),
	)
}

func (p *part) merge(what, body, kind string) Merge {
	return Merge{What: what, Body: body, Rows: p.rows, Kind: kind, Keys: p.keys}
}
