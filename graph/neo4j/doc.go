// Package neo4j keeps the knowledge graph in a Neo4j 5 database, so that it
// can be explored with Cypher and Neo4j Browser rather than only exported.
//
// # Graph model
//
// Every element of a graph.Graph maps to nodes and relationships that a
// Cypher user can match directly, and Load maps them back, so that an export
// from Neo4j equals an export from the embedded store:
//
//	(:Entity:<Type> {id, type, name, aliases, roles, merges, typing_types,
//	    typing_rules, typing_mentions, typing_decided})
//	    <Type> is one of graph.EntityTypes (Person, Character, Series, Book,
//	    Organization, Place): labels never come from input text. The four
//	    typing lists are parallel, element i of each one line of
//	    graph.Entity.Typing.
//	(:Document {id, path, title, kind, date, hash, size})
//	(:Entity)-[:MENTIONED_IN {count}]->(:Document)
//	(:Entity)-[:<PREDICATE> {sources, detail, confidence,
//	    evidence_documents, evidence_texts, evidence_starts, evidence_ends}]->(:Entity)
//	    <PREDICATE> is one of graph.Predicates; the four evidence lists are
//	    parallel (element i of each describes one supporting sentence).
//	(:Entity)-[:HAS_VARIANT]->(:Variant {key, entity, name, position})
//	(:Variant)-[:USED_IN {count}]->(:Document)
//	    one Variant node per surface form of one entity, so that "which
//	    documents spell it which way" is a two-hop match.
//	(:Conflict {id, kind, subject, topic})-[:ABOUT]->(:Entity)
//	    ABOUT exists when subject is the id of a stored entity.
//	(:Conflict)-[:HAS_CLAIM]->(:Claim {key, conflict, position, value, evidence})
//	(:Claim)-[:ASSERTED_BY {position}]->(:Document)
//	    one Claim per value of the conflict, linked to the documents asserting it.
//
// Variant.key is the entity id and the name joined by U+001F; Claim.key is the
// conflict id and the value's position joined the same way. Positions keep
// the order of variants, claims and claim documents, which Neo4j does not
// keep for relationships.
//
// Beside the graph, one node (:KgLock {id: "graph", generation, pending,
// token, owner, host, pid, since, expires}) holds the writer lock (see
// Lock), the generation of the stored graph, and the generation a write
// under way stages.
//
// # Writing
//
// Replace validates the graph first (unique ids, known types and
// predicates, no edge pointing at a missing node, no indexed value too
// large to index, which it names with its entity and documents). Under the
// writer lease (its own when the caller holds none) it reads the stored
// graph and writes only the difference (cypherplan.Diff): an unchanged
// graph writes nothing. No transaction grows with the graph: the
// difference for generation G+1 is written in transactions of one batch
// (BatchSize rows) each, every one checking on the lock node, just before
// it commits, that the lease is still this store's:
//
//  1. the lock node is marked pending = G+1;
//  2. elements the new graph no longer has, and the old version of every
//     changed relationship, are marked kg_gone = G+1 (retired);
//  3. new elements, and the new version of every changed relationship, are
//     created marked kg_new = G+1 (staged): nodes, then nodes linked to
//     their owners, then relationships, two batches at once, each
//     statement finding the nodes it links by the element ids the
//     statements that created them returned (or, for nodes the stored
//     graph already held, looked up by key);
//  4. one transaction, the switch, updates the changed nodes in place and
//     sets generation = G+1: from its commit on the new graph is the
//     stored one;
//  5. the retired elements are deleted, then the pending mark cleared.
//
// A write that stops before its switch (an error, a canceled context, a
// killed process, a lost server) leaves the old graph stored: Replace
// removes what it staged, or, when it cannot, the next writer does (it
// rolls back: deletes kg_new > generation, unmarks kg_gone). One that stops
// after the switch leaves the new graph stored, and the next writer
// deletes what it retired (rolls forward). The switch's commit runs to its
// end once begun, so its outcome is known, except when the connection
// breaks during it (graph.ErrCommitUnknown). Nodes that stay keep their
// ids (and their Neo4j element ids). kg_new stays on the elements a write
// created: the generation that created them.
//
// # Reading
//
// Neo4j isolates transactions at the read-committed level, so a reader
// running several statements could see parts of two graphs. Load,
// Documents, Stats and Query therefore run in a write transaction that
// first takes the lock node's lock (which the switch takes first too) and
// is always rolled back: no switch commits while they read, and they never
// write. While a live writer's write is pending, they wait for it (as they
// waited for its one transaction before writes were batched); when a
// pending write's writer is gone, they finish it inside their rolled-back
// transaction (roll it back or forward as its next writer will), so they
// see the stored generation whole without writing. Cypher run outside kg
// (Neo4j Browser, cypher-shell) during a write sees the staged and retired
// elements, which the marks tell apart.
//
// # A bulk first load
//
// WriteImport writes a graph as the CSV files of `neo4j-admin database
// import full`, which builds a database offline from them: the nodes,
// labels, properties and relationships Replace writes, kg_new = 1 on what
// Replace marks, and the lock node at generation 1, as after a first
// Replace into an empty database. The tool cannot write an empty list nor a
// list of one empty string; such a property is left out and named in the
// element's kg_empty or kg_blank, and the lock node carries kg_import. The
// first Open of the imported database, under the writer lease, sets those
// lists and removes the marks (finishImport), then creates the schema (as
// every Open does); no kg reader reads before its Open, so none sees the
// unfinished import. A Replace after it writes only the difference.
//
// # Writers
//
// Lock takes a lease on the lock node, which keeps writers of any process
// or host apart; see lock.go.
//
// The statements that write the graph come from graph/cypherplan, which the
// Cypher export (graph/export) shares so that both write the same graph; the
// statements that read it are in cypher.go. Neither is in queries/: they are
// templated with labels and relationship types from the closed sets in
// package graph, which Cypher cannot take as parameters. Saved queries for
// people to run live in queries/.
package neo4j
