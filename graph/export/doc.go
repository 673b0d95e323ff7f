// Package export writes a graph.Graph in the formats other tools read, so a
// graph built by kg can be looked at and reused without kg: GraphML for
// Gephi and yEd, DOT for Graphviz, and a Cypher script that loads the graph
// into any Neo4j with cypher-shell.
//
// Every writer is deterministic: it sorts a copy of the graph by stable ids
// before writing, so two exports of the same graph are byte-identical and
// diff cleanly. None of them changes the graph it is given.
//
// What each format holds:
//
//   - GraphML is the graph a person analyses: entities and documents are
//     nodes (a document's type is "Document"), relations and MENTIONED_IN
//     mentions are edges. Documents are included because in Gephi or yEd
//     "which documents talk about whom" is as useful as the facts, and one
//     filter on the type attribute hides them. Name variants and conflicts,
//     reconciliation's bookkeeping, are left out.
//   - DOT is the entity graph only (no documents), because it is meant to be
//     drawn: document nodes would join every entity to every source and hide
//     the facts. See DOT for how to draw a neighbourhood.
//   - Cypher is the whole graph, variants and conflicts included, with the
//     node labels, properties, relationship types and schema the Neo4j store
//     (graph/neo4j) writes, so a database loaded from the script is the one
//     kg itself would have written, and the saved queries run on it.
package export
