package export

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kgbuild/kg/graph"
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
// The script creates the graph the Neo4j store writes (see graph/neo4j):
// each entity an (:Entity:<Type>) node, each document a (:Document) node,
// each relation an edge typed by its predicate, each mention a
// MENTIONED_IN edge. Every statement MERGEs on ids, so running the script
// twice, or into a database that already holds the graph, leaves one copy.
// The script only adds and updates; it deletes nothing.
//
// Values are written as Cypher string literals with quotes, backslashes and
// control characters escaped, so no text from a document can end a literal
// early. Labels and relationship types are never taken from text: an
// entity type must be one of graph.EntityTypes and a predicate one of
// graph.Predicates, or Cypher returns an error and writes nothing.
//
// Each statement ends with ";" at the end of a line, and no literal spans
// lines, so a loader can split the script on lines ending in ";".
func Cypher(w io.Writer, g *graph.Graph) error {
	g = sortedCopy(g)
	if err := checkRefs(g, true); err != nil {
		return fmt.Errorf("cypher: %w", err)
	}
	for _, e := range g.Entities {
		if !graph.ValidType(e.Type) {
			return fmt.Errorf("cypher: entity %s: type %q is not one of %v", e.ID, e.Type, graph.EntityTypes)
		}
	}
	for _, r := range g.Relations {
		if !graph.ValidPredicate(r.Type) {
			return fmt.Errorf("cypher: relation %s: predicate %q is not in graph.Predicates", r.Key(), r.Type)
		}
	}

	var b bytes.Buffer
	b.WriteString("// kg knowledge graph. Load it into Neo4j with:\n")
	b.WriteString("//   cypher-shell -a neo4j://127.0.0.1:7687 -u neo4j -p PASSWORD -f graph.cypher\n")
	b.WriteString("// Every statement MERGEs on ids: running the script again changes nothing.\n")
	for _, s := range cypherSchema {
		b.WriteString(s + ";\n")
	}

	if len(g.Documents) > 0 {
		rows := make([]string, len(g.Documents))
		for i, d := range g.Documents {
			rows[i] = cypherMap(documentProps(d))
		}
		writeUnwind(&b, "documents", rows,
			"MERGE (d:Document {id: row.id})\nSET d += row")
	}
	for _, t := range graph.EntityTypes {
		var rows []string
		for _, e := range g.Entities {
			if e.Type == t {
				rows = append(rows, cypherMap(entityProps(e)))
			}
		}
		// t is one of graph.EntityTypes (checked above), never input text.
		writeUnwind(&b, t+" entities", rows,
			"MERGE (n:Entity {id: row.id})\nSET n:"+t+", n += row")
	}
	for _, p := range graph.Predicates {
		var rows []string
		for _, r := range g.Relations {
			if r.Type == p {
				rows = append(rows, cypherMap([]prop{
					{"from", r.From}, {"to", r.To}, {"props", mapValue(relationProps(r))},
				}))
			}
		}
		// p is one of graph.Predicates (checked above), never input text.
		writeUnwind(&b, p+" relations", rows,
			"MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})\nMERGE (a)-[r:"+p+"]->(b)\nSET r += row.props")
	}
	if len(g.Mentions) > 0 {
		rows := make([]string, len(g.Mentions))
		for i, m := range g.Mentions {
			rows[i] = cypherMap([]prop{{"entity", m.Entity}, {"document", m.Document}, {"count", m.Count}})
		}
		writeUnwind(&b, "mentions", rows,
			"MATCH (e:Entity {id: row.entity}), (d:Document {id: row.document})\nMERGE (e)-[m:"+MentionedIn+"]->(d)\nSET m.count = row.count")
	}
	if _, err := w.Write(b.Bytes()); err != nil {
		return fmt.Errorf("cypher: %w", err)
	}
	return nil
}

// cypherSchema holds the constraints the MERGEs rely on to find nodes by id
// quickly and to never create two nodes with one id.
var cypherSchema = []string{
	"CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
	"CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE",
}

// prop is one property of a node, relationship or row map. Its value is a
// string, []string, int, float64 or mapValue.
type prop struct {
	key   string
	value any
}

// mapValue is a nested Cypher map.
type mapValue []prop

func entityProps(e graph.Entity) []prop {
	ps := []prop{{"id", e.ID}, {"name", e.Name}, {"type", e.Type}, {"aliases", sortedStrings(e.Aliases)}}
	if len(e.Roles) > 0 {
		ps = append(ps, prop{"roles", sortedStrings(e.Roles)})
	}
	return ps
}

func documentProps(d graph.Document) []prop {
	ps := []prop{{"id", d.ID}, {"path", d.Path}}
	for _, p := range []prop{{"title", d.Title}, {"kind", d.Kind}, {"date", d.Date}} {
		if p.value != "" {
			ps = append(ps, p)
		}
	}
	return append(ps, prop{"hash", d.Hash}, prop{"size", d.Size})
}

func relationProps(r graph.Relation) []prop {
	ps := []prop{{"sources", sortedStrings(r.Sources)}}
	if r.Detail != "" {
		ps = append(ps, prop{"detail", r.Detail})
	}
	if r.Confidence != 0 {
		ps = append(ps, prop{"confidence", r.Confidence})
	}
	return ps
}

// writeUnwind writes one UNWIND statement per batch of rows, under a
// comment naming what they load; it writes nothing when rows is empty.
func writeUnwind(b *bytes.Buffer, what string, rows []string, body string) {
	for start := 0; start < len(rows); start += cypherBatch {
		end := min(start+cypherBatch, len(rows))
		fmt.Fprintf(b, "\n// %s\nUNWIND [\n", what)
		for i, row := range rows[start:end] {
			b.WriteString("  " + row)
			if start+i < end-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString("] AS row\n" + body + ";\n")
	}
}

// cypherMap writes ps as a Cypher map literal. Keys are fixed identifiers
// chosen in this file, so they need no quoting.
func cypherMap(ps []prop) string {
	parts := make([]string, len(ps))
	for i, p := range ps {
		parts[i] = p.key + ": " + cypherValue(p.value)
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

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
	case int:
		return strconv.Itoa(v)
	case float64:
		s := strconv.FormatFloat(v, 'g', -1, 64)
		if !strings.ContainsAny(s, ".eEN") { // keep it a float: 1 -> 1.0
			s += ".0"
		}
		return s
	case mapValue:
		return cypherMap(v)
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
