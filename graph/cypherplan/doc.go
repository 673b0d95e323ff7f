// Package cypherplan builds the Cypher that writes a graph.Graph into Neo4j:
// the schema, the UNWIND statements that merge the graph, each with its rows
// (Build), and the difference between two graphs as the Neo4j store writes
// it, in batches of elements to retire, to create and to update (Diff); and
// the same rows laid out as the files of neo4j-admin's bulk import
// (ImportTables).
//
// The plan is plain data and the package does not import the Neo4j driver,
// so that the ways kg writes a graph to Neo4j share one plan: the Neo4j
// store (graph/neo4j) sends the rows of each statement as $rows through the
// driver, the Cypher export (graph/export) prints them as literals in a
// cypher-shell script, and the store's import files hold them as CSV. A
// database loaded any way holds the same nodes, labels, properties and
// relationships; the graph model is described in graph/neo4j.
//
// Labels and relationship types are spliced into statements because Cypher
// takes none as parameters; they come only from graph.EntityTypes and
// graph.Predicates, never from input text.
package cypherplan
