package export

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/graph/cypherplan"
)

// cypherBatch is how many rows one UNWIND statement carries: large enough
// that cypher-shell loads thousands of nodes in a few statements, small
// enough that one statement stays a modest transaction.
const cypherBatch = 500

// Cypher writes g as a cypher-shell script that loads it into Neo4j:
//
//	kg export --format cypher > graph.cypher
//	cypher-shell -a neo4j://127.0.0.1:7687 -u neo4j -p PASSWORD -f graph.cypher
//
// The script is the merge plan of the Neo4j store (graph/neo4j), built by
// graph/cypherplan and printed with its rows as literals, so it builds the
// graph the store writes, with the same labels, properties, relationship
// types, constraints and indexes, and kg's saved queries and its Neo4j store
// work on a database loaded from it:
//
//	(:Entity:<Type> {id, type, name, aliases, roles, merges, typing_types,
//	    typing_rules, typing_mentions, typing_decided})
//	(:Document {id, path, title, kind, date, hash, size})
//	(:Entity)-[:MENTIONED_IN {count}]->(:Document)
//	(:Entity)-[:<PREDICATE> {sources, detail, confidence, evidence_documents,
//	    evidence_texts, evidence_starts, evidence_ends}]->(:Entity)
//	(:Entity)-[:HAS_VARIANT]->(:Variant {key, entity, name, position})
//	    -[:USED_IN {count}]->(:Document)
//	(:Conflict {id, kind, subject, topic})-[:ABOUT]->(:Entity)
//	(:Conflict)-[:HAS_CLAIM]->(:Claim {key, conflict, position, value, evidence})
//	    -[:ASSERTED_BY {position}]->(:Document)
//
// Every statement MERGEs on ids, so running the script twice, or into a
// database that already holds the graph, leaves one copy. The script adds
// and updates; unlike the store's Replace it deletes nothing.
//
// Values are written as Cypher literals with quotes, backslashes and
// control characters escaped, so no text from a document can end a literal
// early. Labels and relationship types are never taken from text: an
// entity type must be one of graph.EntityTypes and a predicate one of
// graph.Predicates, or Cypher returns an error and writes nothing. It also
// refuses, as the store does, edges whose ends the graph does not have.
//
// Each statement ends with ";" at the end of a line, and no literal spans
// lines, so a loader can split the script on such lines (SplitStatements).
func Cypher(w io.Writer, g *graph.Graph) error {
	g = sortedCopy(g)
	if err := checkCypher(g); err != nil {
		return fmt.Errorf("cypher: %w", err)
	}
	var b bytes.Buffer
	b.WriteString(cypherHeader)
	for _, s := range CypherSchema {
		b.WriteString(s + ";\n")
	}
	for _, m := range cypherplan.Build(g).Merges {
		for _, batch := range m.Batches(cypherBatch) {
			writeUnwind(&b, m.What, batch, m.Body)
		}
	}
	if _, err := w.Write(b.Bytes()); err != nil {
		return fmt.Errorf("cypher: %w", err)
	}
	return nil
}

// cypherHeader opens the script: how to load it, and the schema's comment.
const cypherHeader = `// kg knowledge graph. Load it into Neo4j with:
//   cypher-shell -a neo4j://127.0.0.1:7687 -u neo4j -p PASSWORD -f graph.cypher
// Every statement MERGEs on ids: running the script again changes nothing.

// constraints and indexes, as graph/neo4j creates them
`

// CypherSchema is the schema the Neo4j store creates (constraints, indexes,
// full-text over names) that the saved queries in queries/ use; the script
// starts with it so that a database loaded from it answers them as fast.
var CypherSchema = cypherplan.Schema

// checkCypher refuses what the Neo4j store refuses: labels or relationship
// types outside the closed sets, and edges whose ends are missing (their
// MATCH would find nothing and the edge would silently not be loaded).
func checkCypher(g *graph.Graph) error {
	if err := checkRefs(g, true); err != nil {
		return err
	}
	docs := map[string]bool{}
	for _, d := range g.Documents {
		docs[d.ID] = true
	}
	for _, e := range g.Entities {
		if !graph.ValidType(e.Type) {
			return fmt.Errorf("entity %s: type %q is not one of %v", e.ID, e.Type, graph.EntityTypes)
		}
		for _, v := range e.Variants {
			for doc := range v.Documents {
				if !docs[doc] {
					return fmt.Errorf("entity %s: variant %q: unknown document %q", e.ID, v.Name, doc)
				}
			}
		}
	}
	for _, r := range g.Relations {
		if !graph.ValidPredicate(r.Type) {
			return fmt.Errorf("relation %s: predicate %q is not in graph.Predicates", r.Key(), r.Type)
		}
	}
	for _, c := range g.Conflicts {
		for _, v := range c.Values {
			for _, doc := range v.Documents {
				if !docs[doc] {
					return fmt.Errorf("conflict %s: value %q: unknown document %q", c.ID, v.Value, doc)
				}
			}
		}
	}
	return nil
}

// writeUnwind writes one batch of a merge as an UNWIND statement over
// literal rows, under a comment naming what they load.
func writeUnwind(b *bytes.Buffer, what string, batch cypherplan.Batch, body string) {
	fmt.Fprintf(b, "\n// %s\nUNWIND [\n", what)
	for i, row := range batch {
		b.WriteString("  " + cypherMap(row))
		if i < len(batch)-1 {
			b.WriteByte(',')
		}
		b.WriteByte('\n')
	}
	b.WriteString("] AS row\n" + body + ";\n")
}

// cypherMap writes a row as a Cypher map literal, leaving out unset
// properties. Keys are fixed identifiers chosen by cypherplan, so they need
// no quoting.
func cypherMap(row cypherplan.Row) string {
	var parts []string
	for _, p := range row {
		if p.Value != nil {
			parts = append(parts, p.Key+": "+cypherValue(p.Value))
		}
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

// cypherValue writes one value of the types cypherplan.Prop holds as a
// Cypher literal. A float is always written as a float (1 as 1.0), so that
// it loads as one.
func cypherValue(v any) string {
	switch v := v.(type) {
	case string:
		return cypherString(v)
	case []string:
		parts := make([]string, len(v))
		for i, s := range v {
			parts[i] = cypherString(s)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case int64:
		return strconv.FormatInt(v, 10)
	case []int64:
		parts := make([]string, len(v))
		for i, n := range v {
			parts[i] = strconv.FormatInt(n, 10)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case []bool:
		parts := make([]string, len(v))
		for i, b := range v {
			parts[i] = strconv.FormatBool(b)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case float64:
		switch {
		case math.IsNaN(v):
			return "(0.0 / 0.0)"
		case math.IsInf(v, 1):
			return "(1.0 / 0.0)"
		case math.IsInf(v, -1):
			return "(-1.0 / 0.0)"
		}
		s := strconv.FormatFloat(v, 'g', -1, 64)
		if !strings.ContainsAny(s, ".e") { // keep it a float: 1 -> 1.0
			s += ".0"
		}
		return strings.Replace(s, "e+", "e", 1) // 1e+21 -> 1e21
	}
	panic(fmt.Sprintf("export: no Cypher form for %T", v))
}

// cypherString returns s as a single-quoted Cypher string literal. Quotes
// and backslashes are escaped, and every control character (including
// newlines) and the Unicode line separators become escapes, so the literal
// is always one line; invalid UTF-8 becomes U+FFFD.
func cypherString(s string) string {
	var b strings.Builder
	b.WriteByte('\'')
	for i, r := range s {
		switch {
		case r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD"):
			b.WriteString(`\uFFFD`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\'':
			b.WriteString(`\'`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f || r == 0x2028 || r == 0x2029:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('\'')
	return b.String()
}

// SplitStatements splits a script written by Cypher into its statements,
// without their final ";" and without comment lines, for loaders that run
// statements one by one through a driver rather than through cypher-shell.
// It relies on what Cypher guarantees: a statement ends with ";" at the end
// of a line and no string literal spans lines.
func SplitStatements(script string) []string {
	var stmts []string
	var cur []string
	for _, line := range strings.Split(script, "\n") {
		trimmed := strings.TrimSpace(line)
		if len(cur) == 0 && (trimmed == "" || strings.HasPrefix(trimmed, "//")) {
			continue
		}
		if strings.HasSuffix(trimmed, ";") {
			cur = append(cur, strings.TrimSuffix(strings.TrimRight(line, " \t"), ";"))
			stmts = append(stmts, strings.Join(cur, "\n"))
			cur = nil
			continue
		}
		cur = append(cur, line)
	}
	if s := strings.TrimSpace(strings.Join(cur, "\n")); s != "" {
		stmts = append(stmts, s)
	}
	return stmts
}
