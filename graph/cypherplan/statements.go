package cypherplan

import (
	"fmt"
	"strings"

	"github.com/kgbuild/kg/graph"
)

// Clauses that find elements of one kind by key: each takes one batch of
// keys as $keys and the separator of composite keys as $sep (see
// KeyParams), and binds each element found to x. Keys are those Merge.Keys
// gives the kind.
const (
	findDocuments = "UNWIND $keys AS k MATCH (x:Document {id: k})"
	findEntities  = "UNWIND $keys AS k MATCH (x:Entity {id: k})"
	findVariants  = "UNWIND $keys AS k MATCH (x:Variant {key: k})"
	findConflicts = "UNWIND $keys AS k MATCH (x:Conflict {id: k})"
	findClaims    = "UNWIND $keys AS k MATCH (x:Claim {key: k})"
	findFacts     = "UNWIND $keys AS k WITH split(k, $sep) AS p " +
		"MATCH (:Entity {id: p[0]})-[x]->(:Entity {id: p[2]}) WHERE type(x) = p[1]"
	findMentions = "UNWIND $keys AS k WITH split(k, $sep) AS p " +
		"MATCH (:Entity {id: p[0]})-[x:MENTIONED_IN]->(:Document {id: p[1]})"
	findUses = "UNWIND $keys AS k WITH split(k, $sep) AS p " +
		"MATCH (:Variant {key: p[0] + $sep + p[1]})-[x:USED_IN]->(:Document {id: p[2]})"
	findAssertions = "UNWIND $keys AS k WITH split(k, $sep) AS p " +
		"MATCH (:Claim {key: p[0] + $sep + p[1]})-[x:ASSERTED_BY]->(:Document {id: p[2]})"
	findAbout = "UNWIND $keys AS k MATCH (:Conflict {id: k})-[x:ABOUT]->()"
)

// Bodies of the statements that merge the new graph: what follows the
// UNWIND clause that binds each row to row (see Merge).
const (
	mergeDocuments = `MERGE (d:Document {id: row.id})
SET d.path = row.path, d.title = row.title, d.kind = row.kind, d.date = row.date,
    d.hash = row.hash, d.size = row.size`
	mergeVariants = `MATCH (e:Entity {id: row.entity})
MERGE (v:Variant {key: row.key})
SET v.entity = row.entity, v.name = row.name, v.position = row.position
MERGE (e)-[:HAS_VARIANT]->(v)`
	mergeUses = `MATCH (v:Variant {key: row.key})
MATCH (d:Document {id: row.document})
MERGE (v)-[u:USED_IN]->(d)
SET u.count = row.count`
	mergeMentions = `MATCH (e:Entity {id: row.entity})
MATCH (d:Document {id: row.document})
MERGE (e)-[m:MENTIONED_IN]->(d)
SET m.count = row.count`
	mergeConflicts = `MERGE (c:Conflict {id: row.id})
SET c.kind = row.kind, c.subject = row.subject, c.topic = row.topic`
	mergeAbout = `MATCH (c:Conflict {id: row.id})
MATCH (e:Entity {id: row.subject})
MERGE (c)-[a:ABOUT]->(e)`
	mergeClaims = `MATCH (c:Conflict {id: row.conflict})
MERGE (v:Claim {key: row.key})
SET v.conflict = row.conflict, v.position = row.position, v.value = row.value, v.evidence = row.evidence
MERGE (c)-[:HAS_CLAIM]->(v)`
	mergeAssertions = `MATCH (v:Claim {key: row.key})
MATCH (d:Document {id: row.document})
MERGE (v)-[a:ASSERTED_BY]->(d)
SET a.position = row.position`
)

// mergeEntities returns the body that merges entities of one type. The
// label comes from graph.EntityTypes, never from input text. The other type
// labels are removed so that an entity whose type changed loses its old
// label.
func mergeEntities(typ string) string {
	if !graph.ValidType(typ) {
		panic(fmt.Sprintf("cypherplan: entity type %q is not in graph.EntityTypes", typ))
	}
	return `MERGE (e:Entity {id: row.id})
REMOVE e:` + strings.Join(graph.EntityTypes, ":") + `
SET e:` + typ + `, e.type = row.type, e.name = row.name, e.aliases = row.aliases,
    e.roles = row.roles, e.merges = row.merges, e.typing_types = row.typing_types,
    e.typing_rules = row.typing_rules, e.typing_mentions = row.typing_mentions,
    e.typing_decided = row.typing_decided`
}

// mergeFacts returns the body that merges fact edges of one predicate,
// which comes from graph.Predicates, never from input text.
func mergeFacts(predicate string) string {
	if !graph.ValidPredicate(predicate) {
		panic(fmt.Sprintf("cypherplan: predicate %q is not in graph.Predicates", predicate))
	}
	return `MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:` + predicate + `]->(b)
SET r.sources = row.sources, r.detail = row.detail, r.confidence = row.confidence,
    r.evidence_documents = row.evidence_documents, r.evidence_texts = row.evidence_texts,
    r.evidence_starts = row.evidence_starts, r.evidence_ends = row.evidence_ends`
}
