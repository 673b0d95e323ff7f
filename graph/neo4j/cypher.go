package neo4j

import (
	"fmt"
	"strings"

	"github.com/kgbuild/kg/graph"
)

// sep joins the parts of composite keys (Variant.key, Claim.key and the keys
// that find stale relationships). U+001F never occurs in document text.
const sep = "\x1f"

// Schema creates the constraints and indexes the store and the saved queries
// rely on. Each statement is idempotent, so Open runs them every time; the
// Cypher export (graph/export) writes the same statements at the head of its
// script.
var Schema = []string{
	"CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE",
	"CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE",
	"CREATE CONSTRAINT variant_key IF NOT EXISTS FOR (v:Variant) REQUIRE v.key IS UNIQUE",
	"CREATE CONSTRAINT conflict_id IF NOT EXISTS FOR (c:Conflict) REQUIRE c.id IS UNIQUE",
	"CREATE CONSTRAINT claim_key IF NOT EXISTS FOR (c:Claim) REQUIRE c.key IS UNIQUE",
	"CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)",
	"CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type)",
	"CREATE INDEX variant_name IF NOT EXISTS FOR (v:Variant) ON (v.name)",
	"CREATE INDEX document_path IF NOT EXISTS FOR (d:Document) ON (d.path)",
	// Full-text over the canonical name and every alias: the way to find an
	// entity by any of its names, since range indexes do not index list
	// elements.
	"CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases]",
}

// Statements that delete what the new graph no longer has. Each takes the
// complete list of keys of its kind in the new graph as $keys.
const (
	deleteStaleDocuments = "MATCH (d:Document) WHERE NOT d.id IN $keys DETACH DELETE d"
	deleteStaleEntities  = "MATCH (e:Entity) WHERE NOT e.id IN $keys DETACH DELETE e"
	deleteStaleVariants  = "MATCH (v:Variant) WHERE NOT v.key IN $keys DETACH DELETE v"
	deleteStaleConflicts = "MATCH (c:Conflict) WHERE NOT c.id IN $keys DETACH DELETE c"
	deleteStaleClaims    = "MATCH (c:Claim) WHERE NOT c.key IN $keys DETACH DELETE c"
	deleteStaleFacts     = "MATCH (a:Entity)-[r]->(b:Entity) WHERE type(r) IN $predicates " +
		"AND NOT a.id + $sep + type(r) + $sep + b.id IN $keys DELETE r"
	deleteStaleMentions = "MATCH (e:Entity)-[m:MENTIONED_IN]->(d:Document) " +
		"WHERE NOT e.id + $sep + d.id IN $keys DELETE m"
	deleteStaleUses = "MATCH (v:Variant)-[u:USED_IN]->(d:Document) " +
		"WHERE NOT v.key + $sep + d.id IN $keys DELETE u"
	deleteStaleAssertions = "MATCH (c:Claim)-[a:ASSERTED_BY]->(d:Document) " +
		"WHERE NOT c.key + $sep + d.id IN $keys DELETE a"
	deleteStaleAbout = "MATCH (c:Conflict)-[a:ABOUT]->(e:Entity) WHERE e.id <> c.subject DELETE a"
)

// Statements that merge the new graph, one batch of $rows at a time.
const (
	mergeDocuments = `UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d.path = row.path, d.title = row.title, d.kind = row.kind, d.date = row.date,
    d.hash = row.hash, d.size = row.size`
	mergeVariants = `UNWIND $rows AS row
MATCH (e:Entity {id: row.entity})
MERGE (v:Variant {key: row.key})
SET v.entity = row.entity, v.name = row.name, v.position = row.position
MERGE (e)-[:HAS_VARIANT]->(v)`
	mergeUses = `UNWIND $rows AS row
MATCH (v:Variant {key: row.key})
MATCH (d:Document {id: row.document})
MERGE (v)-[u:USED_IN]->(d)
SET u.count = row.count`
	mergeMentions = `UNWIND $rows AS row
MATCH (e:Entity {id: row.entity})
MATCH (d:Document {id: row.document})
MERGE (e)-[m:MENTIONED_IN]->(d)
SET m.count = row.count`
	mergeConflicts = `UNWIND $rows AS row
MERGE (c:Conflict {id: row.id})
SET c.kind = row.kind, c.subject = row.subject, c.topic = row.topic`
	mergeAbout = `UNWIND $rows AS row
MATCH (c:Conflict {id: row.id})
MATCH (e:Entity {id: row.subject})
MERGE (c)-[:ABOUT]->(e)`
	mergeClaims = `UNWIND $rows AS row
MATCH (c:Conflict {id: row.conflict})
MERGE (v:Claim {key: row.key})
SET v.conflict = row.conflict, v.position = row.position, v.value = row.value, v.evidence = row.evidence
MERGE (c)-[:HAS_CLAIM]->(v)`
	mergeAssertions = `UNWIND $rows AS row
MATCH (v:Claim {key: row.key})
MATCH (d:Document {id: row.document})
MERGE (v)-[a:ASSERTED_BY]->(d)
SET a.position = row.position`
)

// mergeEntities returns the statement that merges entities of one type. The
// label is spliced in because Cypher takes no labels as parameters; it comes
// from graph.EntityTypes, never from input text. The other type labels are
// removed so that an entity whose type changed loses its old label.
func mergeEntities(typ string) string {
	if !graph.ValidType(typ) {
		panic(fmt.Sprintf("neo4j: entity type %q is not in graph.EntityTypes", typ))
	}
	return `UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
REMOVE e:` + strings.Join(graph.EntityTypes, ":") + `
SET e:` + typ + `, e.type = row.type, e.name = row.name, e.aliases = row.aliases,
    e.roles = row.roles, e.merges = row.merges`
}

// mergeFacts returns the statement that merges fact edges of one predicate,
// which comes from graph.Predicates, never from input text.
func mergeFacts(predicate string) string {
	if !graph.ValidPredicate(predicate) {
		panic(fmt.Sprintf("neo4j: predicate %q is not in graph.Predicates", predicate))
	}
	return `UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:` + predicate + `]->(b)
SET r.sources = row.sources, r.detail = row.detail, r.confidence = row.confidence,
    r.evidence_documents = row.evidence_documents, r.evidence_texts = row.evidence_texts,
    r.evidence_starts = row.evidence_starts, r.evidence_ends = row.evidence_ends`
}

// Statements that read the graph back.
const (
	readDocuments = `MATCH (d:Document)
RETURN d.id AS id, d.path AS path, d.title AS title, d.kind AS kind, d.date AS date,
       d.hash AS hash, d.size AS size
ORDER BY id`
	readEntities = `MATCH (e:Entity)
RETURN e.id AS id, e.type AS type, e.name AS name, e.aliases AS aliases, e.roles AS roles,
       e.merges AS merges
ORDER BY id`
	readVariants = `MATCH (e:Entity)-[:HAS_VARIANT]->(v:Variant)
OPTIONAL MATCH (v)-[u:USED_IN]->(d:Document)
RETURN e.id AS entity, v.name AS name, v.position AS position,
       collect([d.id, u.count]) AS documents
ORDER BY entity, position`
	readFacts = `MATCH (a:Entity)-[r]->(b:Entity)
WHERE type(r) IN $predicates
RETURN a.id AS from, type(r) AS type, b.id AS to, r.detail AS detail, r.sources AS sources,
       r.confidence AS confidence, r.evidence_documents AS evidenceDocuments,
       r.evidence_texts AS evidenceTexts, r.evidence_starts AS evidenceStarts,
       r.evidence_ends AS evidenceEnds`
	readMentions = `MATCH (e:Entity)-[m:MENTIONED_IN]->(d:Document)
RETURN e.id AS entity, d.id AS document, m.count AS count`
	readConflicts = `MATCH (c:Conflict)
OPTIONAL MATCH (c)-[:HAS_CLAIM]->(v:Claim)
OPTIONAL MATCH (v)-[a:ASSERTED_BY]->(d:Document)
WITH c, v, a, d ORDER BY a.position
WITH c, v, collect(d.id) AS documents
ORDER BY v.position
RETURN c.id AS id, c.kind AS kind, c.subject AS subject, c.topic AS topic,
       collect(CASE WHEN v IS NULL THEN NULL ELSE {value: v.value, evidence: v.evidence, documents: documents} END) AS claims
ORDER BY id`
)

// Statements that count for Stats.
const (
	countDocuments = "MATCH (d:Document) RETURN count(d) AS n"
	countEntities  = "MATCH (e:Entity) RETURN e.type AS type, count(e) AS n"
	countFacts     = "MATCH (:Entity)-[r]->(:Entity) WHERE type(r) IN $predicates RETURN type(r) AS type, count(r) AS n"
	countMentions  = "MATCH (:Entity)-[m:MENTIONED_IN]->(:Document) RETURN count(m) AS n"
	countConflicts = "MATCH (c:Conflict) RETURN count(c) AS n"
)
