package cypherplan

// Schema creates the constraints and indexes the store and the saved
// queries rely on. Each statement is idempotent, so the store runs them
// every time it opens, and the Cypher export writes them at the head of its
// script so that a database loaded from it answers the saved queries as
// fast.
var Schema = []string{
	"CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE",
	"CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE",
	"CREATE CONSTRAINT variant_key IF NOT EXISTS FOR (v:Variant) REQUIRE v.key IS UNIQUE",
	"CREATE CONSTRAINT conflict_id IF NOT EXISTS FOR (c:Conflict) REQUIRE c.id IS UNIQUE",
	"CREATE CONSTRAINT claim_key IF NOT EXISTS FOR (c:Claim) REQUIRE c.key IS UNIQUE",
	// The Neo4j store's lock node (its writer lease, see graph/neo4j), one
	// per database however many writers MERGE it at once.
	"CREATE CONSTRAINT kg_lock_id IF NOT EXISTS FOR (l:KgLock) REQUIRE l.id IS UNIQUE",
	"CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)",
	"CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type)",
	"CREATE INDEX variant_name IF NOT EXISTS FOR (v:Variant) ON (v.name)",
	"CREATE INDEX document_path IF NOT EXISTS FOR (d:Document) ON (d.path)",
	// Full-text over the canonical name and every alias: the way to find an
	// entity by any of its names, since range indexes do not index list
	// elements.
	"CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases]",
}
