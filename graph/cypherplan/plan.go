package cypherplan

import (
	"github.com/kgbuild/kg/graph"
)

// Sep joins the parts of composite keys: Variant.key (entity id and name),
// Claim.key (conflict id and position) and the keys of relationships that
// Delete statements compare. U+001F never occurs in document text.
const Sep = "\x1f"

// Plan is what turns a Neo4j database into a graph: Deletes remove what the
// graph no longer has, then Merges create or update the rest, nodes before
// the relationships between them. Run in that order in one transaction, it
// turns any database written by the plan into the graph; Merges alone (what
// the export prints) add and update but delete nothing.
type Plan struct {
	Deletes []Delete
	Merges  []Merge
}

// Delete is a statement that removes the nodes or relationships of one kind
// whose keys are not among Keys, the keys of that kind in the new graph.
type Delete struct {
	Cypher string
	Keys   []string
}

// Params returns the statement's parameters: $keys (never null, so that
// an empty graph deletes everything), $sep for composite keys and
// $predicates, so that only fact edges are compared.
func (d Delete) Params() map[string]any {
	keys := d.Keys
	if keys == nil {
		keys = []string{}
	}
	return map[string]any{"keys": keys, "sep": Sep, "predicates": graph.Predicates}
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
}

// Cypher is the statement the driver runs with a batch's Params.
func (m Merge) Cypher() string { return "UNWIND $rows AS row\n" + m.Body }

// Batches splits the rows into consecutive batches of at most size rows
// (size must be positive), so that no message or statement grows with the
// graph. A merge without rows has no batches and runs nothing.
func (m Merge) Batches(size int) []Batch {
	var out []Batch
	for start := 0; start < len(m.Rows); start += size {
		out = append(out, Batch(m.Rows[start:min(start+size, len(m.Rows))]))
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

// Map returns the row as the driver takes it, unset properties as nil.
func (r Row) Map() map[string]any {
	m := make(map[string]any, len(r))
	for _, p := range r {
		m[p.Key] = p.Value
	}
	return m
}

// Build returns the plan that writes g. It expects a graph that passed the
// store's validation: rows of a type or predicate outside graph.EntityTypes
// and graph.Predicates are left out, since no statement could carry them.
// Rows keep the order of g's slices; Build does not sort.
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
	return Plan{Deletes: b.deletes(), Merges: b.merges()}
}

// deletes lists the stale-element statements in the order they run.
func (b *builder) deletes() []Delete {
	return []Delete{
		{deleteStaleClaims, b.claims.keys},
		{deleteStaleConflicts, b.conflicts.keys},
		{deleteStaleVariants, b.variants.keys},
		{deleteStaleEntities, b.entityKeys},
		{deleteStaleDocuments, b.documents.keys},
		{deleteStaleFacts, b.factKeys},
		{deleteStaleMentions, b.mentions.keys},
		{deleteStaleUses, b.uses.keys},
		{deleteStaleAssertions, b.assertions.keys},
		{deleteStaleAbout, nil},
	}
}

// merges lists the merge statements in the order they run: every node
// before the relationships that MATCH it.
func (b *builder) merges() []Merge {
	ms := []Merge{{"documents", mergeDocuments, b.documents.rows}}
	for _, t := range graph.EntityTypes {
		ms = append(ms, Merge{t + " entities", mergeEntities(t), b.entities[t]})
	}
	ms = append(ms,
		Merge{"name variants", mergeVariants, b.variants.rows},
		Merge{"documents using each variant", mergeUses, b.uses.rows},
		Merge{"mentions", mergeMentions, b.mentions.rows},
	)
	for _, p := range graph.Predicates {
		ms = append(ms, Merge{p + " relations", mergeFacts(p), b.facts[p]})
	}
	return append(ms,
		Merge{"conflicts", mergeConflicts, b.conflicts.rows},
		Merge{"what each conflict is about", mergeAbout, b.about},
		Merge{"claims", mergeClaims, b.claims.rows},
		Merge{"documents asserting each claim", mergeAssertions, b.assertions.rows},
	)
}
