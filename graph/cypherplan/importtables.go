package cypherplan

import (
	"strings"

	"github.com/kgbuild/kg/graph"
)

// ImportTable is one file of `neo4j-admin database import full`: a header
// of typed columns and one row of values per node or relationship. The
// tables hold what the merges of Build hold, laid out by the shapes that
// Merge.Created follows too, so that a database imported from them has the
// nodes, labels, properties and relationships the Neo4j store writes.
type ImportTable struct {
	// File is the file's name, such as "entities.csv".
	File string
	// Relationships says the file holds relationships (the tool's
	// --relationships), not nodes (--nodes).
	Relationships bool
	// Columns are the header's fields as the tool reads them:
	// "id:ID(Entity)", ":LABEL", ":START_ID(Entity)", ":END_ID(Document)",
	// ":TYPE", "count:long", "aliases:string[]".
	Columns []string
	// Rows hold one element each, Rows[i][j] the value of Columns[j]: a
	// value of the types Prop holds, nil for a property left unset, and
	// the labels of a node as a []string.
	Rows [][]any
}

// ImportTables returns g as the files of `neo4j-admin database import
// full`, every element marked as created at generation gen (kg_new, as the
// store's first write marks them): node tables first, then relationship
// tables, each kind in its file even when it has no rows. Node ids live in
// one id space per label, named after it. It expects a graph that passed
// the store's validation, as Build does.
func ImportTables(g *graph.Graph, gen int64) []ImportTable {
	byKind := map[string][]Merge{}
	for _, m := range Build(g).Merges {
		byKind[m.Kind] = append(byKind[m.Kind], m)
	}
	var nodes, rels []ImportTable
	for _, sh := range shapes {
		ms := byKind[sh.kind]
		if sh.label == "" {
			rels = append(rels, sh.relTable(ms, gen))
			continue
		}
		nodes = append(nodes, sh.nodeTable(ms, gen))
		if sh.link != "" {
			rels = append(rels, sh.linkTable(ms))
		}
	}
	return append(nodes, rels...)
}

// nodeTable lays out the nodes of one kind: the key (a property too, as
// the tool stores a named id), the labels, the other properties, the mark.
func (sh shape) nodeTable(ms []Merge, gen int64) ImportTable {
	key := labelKeys[sh.label]
	t := ImportTable{File: sh.file, Columns: []string{key + ":ID(" + sh.label + ")", ":LABEL"}}
	t.Columns = append(t.Columns, typedColumns(ms, sh.props, key)...)
	t.Columns = append(t.Columns, "kg_new:long")
	for _, m := range ms {
		labels := sh.labels(m)
		for _, r := range m.Rows {
			v := r.Map()
			row := []any{v[key], labels}
			for _, p := range sh.props {
				if p != key {
					row = append(row, v[p])
				}
			}
			t.Rows = append(t.Rows, append(row, gen))
		}
	}
	return t
}

// linkTable lays out the relationships from each node's owner to it.
func (sh shape) linkTable(ms []Merge) ImportTable {
	key := labelKeys[sh.label]
	t := ImportTable{File: linkFile(sh.link), Relationships: true,
		Columns: []string{":START_ID(" + sh.owner.label + ")", ":END_ID(" + sh.label + ")", ":TYPE"}}
	for _, m := range ms {
		for _, r := range m.Rows {
			v := r.Map()
			t.Rows = append(t.Rows, []any{v[sh.owner.field], v[key], sh.link})
		}
	}
	return t
}

// linkFile names the file of a link's relationships: has_variant.csv.
func linkFile(link string) string { return strings.ToLower(link) + ".csv" }

// relTable lays out the relationships of one kind: both ends, the type,
// the properties, the mark.
func (sh shape) relTable(ms []Merge, gen int64) ImportTable {
	t := ImportTable{File: sh.file, Relationships: true,
		Columns: []string{":START_ID(" + sh.from.label + ")", ":END_ID(" + sh.to.label + ")", ":TYPE"}}
	t.Columns = append(t.Columns, typedColumns(ms, sh.props, "")...)
	t.Columns = append(t.Columns, "kg_new:long")
	for _, m := range ms {
		typ := sh.relType(m)
		for _, r := range m.Rows {
			v := r.Map()
			row := []any{v[sh.from.field], v[sh.to.field], typ}
			for _, p := range sh.props {
				row = append(row, v[p])
			}
			t.Rows = append(t.Rows, append(row, gen))
		}
	}
	return t
}

// typedColumns names each property but skip with the import tool's type
// of its values: that of the first row that sets it, string when none does
// (the column is then empty).
func typedColumns(ms []Merge, props []string, skip string) []string {
	var out []string
	for _, p := range props {
		if p != skip {
			out = append(out, p+":"+columnType(ms, p))
		}
	}
	return out
}

func columnType(ms []Merge, prop string) string {
	for _, m := range ms {
		for _, r := range m.Rows {
			for _, p := range r {
				if p.Key == prop && p.Value != nil {
					return importType(p.Value)
				}
			}
		}
	}
	return "string"
}

// importType is the import tool's name for the type of a Prop value.
func importType(v any) string {
	switch v.(type) {
	case []string:
		return "string[]"
	case int64:
		return "long"
	case []int64:
		return "long[]"
	case []bool:
		return "boolean[]"
	case float64:
		return "double"
	}
	return "string"
}
