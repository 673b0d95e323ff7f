package export

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kgbuild/kg/graph/neo4j"

	"github.com/kgbuild/kg/graph"
)

// cypherBatch is how many rows one UNWIND statement carries: large enough
// that cypher-shell loads thousands of nodes in a few statements, small
// enough that one statement stays a modest transaction.
const cypherBatch = 500

// keySep joins the parts of the composite keys of Variant and Claim nodes,
// as graph/neo4j does.
const keySep = "\x1f"

// Cypher writes g as a cypher-shell script that loads it into Neo4j:
//
//	kg export --format cypher > graph.cypher
//	cypher-shell -a neo4j://127.0.0.1:7687 -u neo4j -p PASSWORD -f graph.cypher
//
// The script builds the graph the Neo4j store (graph/neo4j) writes, with the
// same labels, properties, relationship types, constraints and indexes, so
// kg's saved queries and its Neo4j store work on a database loaded from it:
//
//	(:Entity:<Type> {id, type, name, aliases, roles, merges})
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
	b.WriteString("// kg knowledge graph. Load it into Neo4j with:\n")
	b.WriteString("//   cypher-shell -a neo4j://127.0.0.1:7687 -u neo4j -p PASSWORD -f graph.cypher\n")
	b.WriteString("// Every statement MERGEs on ids: running the script again changes nothing.\n")
	b.WriteString("\n// constraints and indexes, as graph/neo4j creates them\n")
	for _, s := range CypherSchema {
		b.WriteString(s + ";\n")
	}

	var docs []string
	for _, d := range g.Documents {
		docs = append(docs, cypherMap([]prop{
			{"id", d.ID}, {"path", d.Path}, {"title", optional(d.Title)}, {"kind", optional(d.Kind)},
			{"date", optional(d.Date)}, {"hash", d.Hash}, {"size", d.Size},
		}))
	}
	writeUnwind(&b, "documents", docs, `MERGE (d:Document {id: row.id})
SET d.path = row.path, d.title = row.title, d.kind = row.kind, d.date = row.date,
    d.hash = row.hash, d.size = row.size`)

	var variants, uses []string
	for _, t := range graph.EntityTypes {
		var rows []string
		for _, e := range g.Entities {
			if e.Type != t {
				continue
			}
			rows = append(rows, cypherMap([]prop{
				{"id", e.ID}, {"type", e.Type}, {"name", e.Name}, {"aliases", optionalList(e.Aliases)},
				{"roles", optionalList(e.Roles)}, {"merges", optionalList(e.Merges)},
			}))
		}
		// t is one of graph.EntityTypes, never input text. The other type
		// labels are removed so that an entity whose type changed loses
		// its old label, as in the store.
		writeUnwind(&b, t+" entities", rows, `MERGE (e:Entity {id: row.id})
REMOVE e:`+strings.Join(graph.EntityTypes, ":")+`
SET e:`+t+`, e.type = row.type, e.name = row.name, e.aliases = row.aliases,
    e.roles = row.roles, e.merges = row.merges`)
	}
	for _, e := range g.Entities {
		for i, v := range e.Variants {
			key := e.ID + keySep + v.Name
			variants = append(variants, cypherMap([]prop{{"key", key}, {"entity", e.ID}, {"name", v.Name}, {"position", i}}))
			for _, doc := range sortedStrings(mapKeys(v.Documents)) {
				uses = append(uses, cypherMap([]prop{{"key", key}, {"document", doc}, {"count", v.Documents[doc]}}))
			}
		}
	}
	writeUnwind(&b, "name variants", variants, `MATCH (e:Entity {id: row.entity})
MERGE (v:Variant {key: row.key})
SET v.entity = row.entity, v.name = row.name, v.position = row.position
MERGE (e)-[:HAS_VARIANT]->(v)`)
	writeUnwind(&b, "documents using each variant", uses, `MATCH (v:Variant {key: row.key})
MATCH (d:Document {id: row.document})
MERGE (v)-[u:USED_IN]->(d)
SET u.count = row.count`)

	var mentions []string
	for _, m := range g.Mentions {
		mentions = append(mentions, cypherMap([]prop{{"entity", m.Entity}, {"document", m.Document}, {"count", m.Count}}))
	}
	writeUnwind(&b, "mentions", mentions, `MATCH (e:Entity {id: row.entity})
MATCH (d:Document {id: row.document})
MERGE (e)-[m:`+MentionedIn+`]->(d)
SET m.count = row.count`)

	for _, p := range graph.Predicates {
		var rows []string
		for _, r := range g.Relations {
			if r.Type == p {
				rows = append(rows, cypherMap(relationRow(r)))
			}
		}
		// p is one of graph.Predicates, never input text.
		writeUnwind(&b, p+" relations", rows, `MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:`+p+`]->(b)
SET r.sources = row.sources, r.detail = row.detail, r.confidence = row.confidence,
    r.evidence_documents = row.evidence_documents, r.evidence_texts = row.evidence_texts,
    r.evidence_starts = row.evidence_starts, r.evidence_ends = row.evidence_ends`)
	}

	var conflicts, about, claims, assertions []string
	entities := map[string]bool{}
	for _, e := range g.Entities {
		entities[e.ID] = true
	}
	for _, c := range g.Conflicts {
		conflicts = append(conflicts, cypherMap([]prop{
			{"id", c.ID}, {"kind", c.Kind}, {"subject", c.Subject}, {"topic", optional(c.Topic)},
		}))
		if entities[c.Subject] {
			about = append(about, cypherMap([]prop{{"id", c.ID}, {"subject", c.Subject}}))
		}
		for i, v := range c.Values {
			key := c.ID + keySep + strconv.Itoa(i)
			claims = append(claims, cypherMap([]prop{
				{"key", key}, {"conflict", c.ID}, {"position", i}, {"value", v.Value}, {"evidence", optionalList(v.Evidence)},
			}))
			for j, doc := range v.Documents {
				assertions = append(assertions, cypherMap([]prop{{"key", key}, {"document", doc}, {"position", j}}))
			}
		}
	}
	writeUnwind(&b, "conflicts", conflicts, `MERGE (c:Conflict {id: row.id})
SET c.kind = row.kind, c.subject = row.subject, c.topic = row.topic`)
	writeUnwind(&b, "what each conflict is about", about, `MATCH (c:Conflict {id: row.id})
MATCH (e:Entity {id: row.subject})
MERGE (c)-[:ABOUT]->(e)`)
	writeUnwind(&b, "claims", claims, `MATCH (c:Conflict {id: row.conflict})
MERGE (v:Claim {key: row.key})
SET v.conflict = row.conflict, v.position = row.position, v.value = row.value, v.evidence = row.evidence
MERGE (c)-[:HAS_CLAIM]->(v)`)
	writeUnwind(&b, "documents asserting each claim", assertions, `MATCH (v:Claim {key: row.key})
MATCH (d:Document {id: row.document})
MERGE (v)-[a:ASSERTED_BY]->(d)
SET a.position = row.position`)

	if _, err := w.Write(b.Bytes()); err != nil {
		return fmt.Errorf("cypher: %w", err)
	}
	return nil
}

// CypherSchema is the schema the Neo4j store creates (constraints, indexes,
// full-text over names) that the saved queries in queries/ use; the script
// starts with it so that a database loaded from it answers them as fast.
var CypherSchema = neo4j.Schema

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

// relationRow is the row of one fact edge; the evidence is stored as four
// parallel lists because Neo4j properties cannot hold maps.
func relationRow(r graph.Relation) []prop {
	ps := []prop{
		{"from", r.From}, {"to", r.To}, {"sources", optionalList(r.Sources)},
		{"detail", optional(r.Detail)}, {"confidence", r.Confidence},
	}
	if len(r.Evidence) > 0 {
		ds := make([]string, len(r.Evidence))
		ts := make([]string, len(r.Evidence))
		ss := make([]int, len(r.Evidence))
		es := make([]int, len(r.Evidence))
		for i, ev := range r.Evidence {
			ds[i], ts[i], ss[i], es[i] = ev.Document, ev.Text, ev.Start, ev.End
		}
		ps = append(ps, prop{"evidence_documents", ds}, prop{"evidence_texts", ts},
			prop{"evidence_starts", ss}, prop{"evidence_ends", es})
	}
	return ps
}

// prop is one entry of a row map. Its value is a string, []string, int,
// []int, float64, or nil for a key left out (the property is then unset,
// as the store leaves it).
type prop struct {
	key   string
	value any
}

// optional makes an empty string a missing property, as the store does.
func optional(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// optionalList makes a nil list a missing property and keeps an empty one
// empty, as the store does, so that loading gives back what was exported.
func optionalList(s []string) any {
	if s == nil {
		return nil
	}
	return s
}

func mapKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
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
	var parts []string
	for _, p := range ps {
		if p.value != nil {
			parts = append(parts, p.key+": "+cypherValue(p.value))
		}
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
	case []int:
		parts := make([]string, len(v))
		for i, n := range v {
			parts[i] = strconv.Itoa(n)
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
