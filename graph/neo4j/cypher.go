package neo4j

import "github.com/kgbuild/kg/graph/cypherplan"

// Schema is the schema the store creates on Open: cypherplan.Schema, the
// statements the Cypher export also writes at the head of its script.
var Schema = cypherplan.Schema

// Statements that read the graph back. Those that return a row per
// element neither sort nor aggregate (a pattern comprehension gathers a
// variant's documents row by row), so that the server streams their rows
// rather than holding them all in its heap (the entities of a 100 MB
// corpus hold more text than a 1 GB heap): the reader sorts.
const (
	readDocuments = `MATCH (d:Document)
RETURN d.id AS id, d.path AS path, d.title AS title, d.kind AS kind, d.date AS date,
       d.hash AS hash, d.size AS size`
	readEntities = `MATCH (e:Entity)
RETURN e.id AS id, e.type AS type, e.name AS name, e.aliases AS aliases, e.roles AS roles,
       e.merges AS merges, e.typing_types AS typingTypes, e.typing_rules AS typingRules,
       e.typing_mentions AS typingMentions, e.typing_decided AS typingDecided`
	readVariants = `MATCH (e:Entity)-[:HAS_VARIANT]->(v:Variant)
RETURN e.id AS entity, v.name AS name, v.position AS position,
       [(v)-[u:USED_IN]->(d:Document) | [d.id, u.count]] AS documents`
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
