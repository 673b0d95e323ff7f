// Package neo4j keeps the knowledge graph in a Neo4j 5 database, so that it
// can be explored with Cypher and Neo4j Browser rather than only exported.
//
// # Graph model
//
// Every element of a graph.Graph maps to nodes and relationships that a
// Cypher user can match directly, and Load maps them back, so that an export
// from Neo4j equals an export from the embedded store:
//
//	(:Entity:<Type> {id, type, name, aliases, roles, merges})
//	    <Type> is one of graph.EntityTypes (Person, Character, Series, Book,
//	    Organization, Place): labels never come from input text.
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
// # Writing
//
// Replace validates the graph first (unique ids, known types and
// predicates, no edge pointing at a missing node) and then, in one managed
// write transaction, deletes what the new graph no longer has and merges the
// rest by id in batches of UNWIND rows. The transaction is retried on
// transient errors and commits whole or not at all, so readers see the old
// graph or the new one. Nodes that stay keep their ids (and their Neo4j
// element ids), and running Replace twice with the same graph leaves the
// same node and relationship counts.
//
// The whole graph is written in that one transaction, so the server needs
// heap for the transaction state of the whole graph (a few hundred MB for
// a graph of a few hundred thousand elements); BatchSize bounds the size of
// each message, not of the transaction.
//
// # Reading
//
// Load runs its statements in one read transaction. Neo4j isolates
// transactions at the read-committed level, so a Load that overlaps a
// Replace committed by another process could see parts of both graphs; kg
// runs one command at a time against a store, where this cannot happen.
//
// The statements that write the graph come from graph/cypherplan, which the
// Cypher export (graph/export) shares so that both write the same graph; the
// statements that read it are in cypher.go. Neither is in queries/: they are
// templated with labels and relationship types from the closed sets in
// package graph, which Cypher cannot take as parameters. Saved queries for
// people to run live in queries/.
package neo4j
