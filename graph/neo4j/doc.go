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
// Beside the graph, one node (:KgLock {id: "graph", generation, token,
// owner, host, pid, since, expires}) holds the writer lock (see Lock) and
// counts the writes.
//
// # Writing
//
// Replace validates the graph first (unique ids, known types and
// predicates, no edge pointing at a missing node, no indexed value too
// large to index, which it names with its entity and documents) and then,
// in one explicit write transaction, takes the lock node's lock and checks
// the writer lease, deletes what the new graph no longer has and merges the
// rest by id in batches of UNWIND rows. It commits whole or not at all.
// When its context ends before the commit, it rolls back; the commit itself
// runs to its end, so the outcome is known, except when the connection
// breaks during it (graph.ErrCommitUnknown). Nodes that stay keep their ids
// (and their Neo4j element ids), and running Replace twice with the same
// graph leaves the same node and relationship counts.
//
// The whole graph is written in that one transaction, so the server needs
// heap for the transaction state of the whole graph (a few hundred MB for
// a graph of a few hundred thousand elements); BatchSize bounds the size of
// each message, not of the transaction.
//
// # Reading
//
// Neo4j isolates transactions at the read-committed level, so a reader
// running several statements could see parts of two graphs when another
// process commits between them. Load, Documents, Stats and Query therefore
// run in a write transaction that first takes the lock node's lock (which
// every Replace takes first too) and is always rolled back: no Replace
// commits while they read, and they never write.
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
