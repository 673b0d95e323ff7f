package cypherplan

import (
	"fmt"
	"sort"
	"strings"
)

// end is one end of a relationship: the field of the row that holds the
// node's key, and that node's label (whose key property labelKeys names).
type end struct{ field, label string }

// shape is what the rows of one kind become as elements: a node with a
// label, or a relationship with a type, and which fields of the row are
// its properties (all but the fields naming the ends, in row order).
//
// A node kind may have a second label taken from the merge's Type (the
// entity type) and a link, the relationship from its owner that its merge
// creates with it (HAS_VARIANT, HAS_CLAIM), without properties or mark. A
// relationship kind's type is the merge's Type when empty (the predicate).
//
// The shapes describe the graph model of graph/neo4j once for the two
// writers that create elements without merging them: the statements that
// create new elements (Merge.Created) and the files of neo4j-admin's import
// (ImportTables). TestShapes checks them against the rows Build makes.
type shape struct {
	kind  string
	props []string

	label, file string
	typed       bool // the merge's Type is a second label
	link        string
	owner       end

	rel      string
	from, to end
}

// labelKeys is the key property of each label the ends of relationships
// name, the one its uniqueness constraint covers (see Schema).
var labelKeys = map[string]string{"Document": "id", "Entity": "id", "Variant": "key", "Conflict": "id", "Claim": "key"}

// shapes lists every kind, nodes before relationships.
var shapes = []shape{
	{kind: kindDocuments, label: "Document", file: "documents.csv",
		props: []string{"id", "path", "title", "kind", "date", "hash", "size"}},
	{kind: kindEntities, label: "Entity", typed: true, file: "entities.csv",
		props: []string{"id", "type", "name", "aliases", "roles", "merges",
			"typing_types", "typing_rules", "typing_mentions", "typing_decided"}},
	{kind: kindVariants, label: "Variant", file: "variants.csv", link: "HAS_VARIANT", owner: end{"entity", "Entity"},
		props: []string{"key", "entity", "name", "position"}},
	{kind: kindConflicts, label: "Conflict", file: "conflicts.csv",
		props: []string{"id", "kind", "subject", "topic"}},
	{kind: kindClaims, label: "Claim", file: "claims.csv", link: "HAS_CLAIM", owner: end{"conflict", "Conflict"},
		props: []string{"key", "conflict", "position", "value", "evidence"}},
	{kind: kindMentions, rel: "MENTIONED_IN", file: "mentioned_in.csv",
		from: end{"entity", "Entity"}, to: end{"document", "Document"}, props: []string{"count"}},
	{kind: kindUses, rel: "USED_IN", file: "used_in.csv",
		from: end{"key", "Variant"}, to: end{"document", "Document"}, props: []string{"count"}},
	{kind: kindFacts, file: "relations.csv", from: end{"from", "Entity"}, to: end{"to", "Entity"},
		props: []string{"sources", "detail", "confidence", "evidence_documents", "evidence_texts",
			"evidence_starts", "evidence_ends"}},
	{kind: kindAbout, rel: "ABOUT", file: "about.csv", from: end{"id", "Conflict"}, to: end{"subject", "Entity"}},
	{kind: kindAssertions, rel: "ASSERTED_BY", file: "asserted_by.csv",
		from: end{"key", "Claim"}, to: end{"document", "Document"}, props: []string{"position"}},
}

func shapeOf(kind string) shape {
	for _, sh := range shapes {
		if sh.kind == kind {
			return sh
		}
	}
	panic("cypherplan: unknown kind " + kind)
}

// Created is the statement that creates the merge's rows as new elements
// of generation $gen, each marked kg_new: a CREATE with the properties in
// its pattern, never a MERGE (a row of Change.Create is an element the
// database does not hold, or holds only as a retired version, which a
// MERGE would find). It creates what the merge's body creates: the same
// labels, properties and relationships.
//
// It finds the nodes it links by their element ids, which the writer puts
// in each row's map under the names Ends gives (measured: a third less of
// the server's time for relationships than two index seeks on their keys),
// and a statement that creates nodes returns the element id of each, with
// its key, in one record of two lists, keys[i] the key of elements[i] (a
// record per node cost the client more than the rest of the write): the
// ids the writer gives the statements of later phases.
func (m Merge) Created() string {
	sh := shapeOf(m.Kind)
	props := "{" + sh.propMap() + "}"
	if sh.label == "" {
		return "UNWIND $rows AS row\n" + byElementID("a", paramStart) + "\n" + byElementID("b", paramEnd) +
			"\nCREATE (a)-[x:" + sh.relType(m) + " " + props + "]->(b)"
	}
	node := "(x:" + strings.Join(sh.labels(m), ":") + " " + props + ")"
	ret := "\nRETURN collect(row." + labelKeys[sh.label] + ") AS keys, collect(elementId(x)) AS elements"
	if sh.link == "" {
		return "UNWIND $rows AS row\nCREATE " + node + ret
	}
	return "UNWIND $rows AS row\n" + byElementID("o", paramOwner) + "\nCREATE (o)-[:" + sh.link + "]->" + node + ret
}

// Names of the fields of a row's map that hold the element ids of the
// nodes Created links: a relationship's start and end, a linked node's
// owner. They begin with kg_, which no field of a row does.
const (
	paramStart = "kg_start"
	paramEnd   = "kg_end"
	paramOwner = "kg_owner"
)

// byElementID is the clause that finds the node v by the element id in
// the row's field param.
func byElementID(v, param string) string {
	return fmt.Sprintf("MATCH (%s) WHERE elementId(%s) = row.%s", v, v, param)
}

// End is a node that the statement of Created links each row to, found by
// its element id.
type End struct {
	// Label and Field say which node: the one of that label whose key (a
	// Document's id, a Variant's key) the row's field Field holds.
	Label, Field string
	// Param is the field of the row's map that Created reads its element
	// id from.
	Param string
}

// Ends returns the nodes the statement of Created finds for each row: the
// owner of a linked node, or the start and end of a relationship; none for
// other nodes.
func (m Merge) Ends() []End {
	sh := shapeOf(m.Kind)
	switch {
	case sh.label == "":
		return []End{{sh.from.label, sh.from.field, paramStart}, {sh.to.label, sh.to.field, paramEnd}}
	case sh.link != "":
		return []End{{sh.owner.label, sh.owner.field, paramOwner}}
	}
	return nil
}

// Node returns the label of the nodes the merge creates, and the field of
// a row that holds a node's key (what Created returns among its keys);
// empty for a merge of relationships.
func (m Merge) Node() (label, key string) {
	sh := shapeOf(m.Kind)
	if sh.label == "" {
		return "", ""
	}
	return sh.label, labelKeys[sh.label]
}

// KeyLookup is the statement that returns the element id of each node of
// label whose key is in $keys, with the key, for a writer that links new
// elements to nodes it did not create. Label must be one Ends names.
func KeyLookup(label string) string {
	if labelKeys[label] == "" {
		panic("cypherplan: no key for label " + label)
	}
	return fmt.Sprintf("UNWIND $keys AS k MATCH (x:%s {%s: k}) RETURN k AS key, elementId(x) AS element",
		label, labelKeys[label])
}

// labels are the labels of a node of the merge: the shape's, and the
// merge's Type when the shape is typed.
func (sh shape) labels(m Merge) []string {
	if sh.typed {
		return []string{sh.label, m.Type}
	}
	return []string{sh.label}
}

// relType is the type of a relationship of the merge: the shape's, or the
// merge's Type (the predicate) when the shape names none.
func (sh shape) relType(m Merge) string {
	if sh.rel == "" {
		return m.Type
	}
	return sh.rel
}

// propMap is the body of the map of a created element's properties: each
// property from the row's field, then the mark.
func (sh shape) propMap() string {
	var kv []string
	for _, p := range sh.props {
		kv = append(kv, fmt.Sprintf("%s: row.%s", p, p))
	}
	return strings.Join(append(kv, "kg_new: $gen"), ", ")
}

// Phases is the number of phases of Merge.Phase.
const Phases = 3

// Phase is when the merge's rows can be created, for a writer that creates
// the batches of one phase in any order, or at once: 0 for nodes that
// need no other, 1 for nodes created with the relationship from their
// owner (a phase 0 node), 2 for relationships, whose ends are all nodes.
func (m Merge) Phase() int {
	sh := shapeOf(m.Kind)
	switch {
	case sh.label == "":
		return 2
	case sh.link != "":
		return 1
	}
	return 0
}

// EndBatches splits the rows as Batches does, but keeps the relationships
// of one end node in one batch (the rows ordered by ByEnd), so that
// batches of the merge written at once do not create relationships on the
// same end node, whose lock they would wait for; only the bound in bytes
// splits those of a node with more. A merge of nodes splits as Batches.
func (m Merge) EndBatches(size int) []Batch {
	sh := shapeOf(m.Kind)
	if sh.label != "" {
		return m.Batches(size)
	}
	ends := m.ends(sh)
	return m.batches(size, func(i int) bool { return ends[i] == ends[i-1] })
}

// ends returns the key of the node each row's relationship ends at.
func (m Merge) ends(sh shape) []string {
	ends := make([]string, len(m.Rows))
	for i, r := range m.Rows {
		ends[i] = r.Str(sh.to.field)
	}
	return ends
}

// ByEnd returns the merge with its rows, and their keys, ordered by the
// node each relationship ends at (stably, so rows with the same end keep
// their order). Neo4j creates relationships faster when those of one node
// come one after another (measured: 10-20% less server time for mentions
// and variant uses, whose Documents have hundreds each). A merge of nodes
// comes back as it is.
func (m Merge) ByEnd() Merge {
	sh := shapeOf(m.Kind)
	if sh.label != "" || len(m.Rows) < 2 {
		return m
	}
	order := make([]int, len(m.Rows))
	for i := range order {
		order[i] = i
	}
	ends := m.ends(sh)
	sort.SliceStable(order, func(a, b int) bool { return ends[order[a]] < ends[order[b]] })
	out := m
	out.Rows, out.Keys = make([]Row, len(m.Rows)), make([]string, len(m.Keys))
	for i, j := range order {
		out.Rows[i] = m.Rows[j]
		if j < len(m.Keys) {
			out.Keys[i] = m.Keys[j]
		}
	}
	return out
}
