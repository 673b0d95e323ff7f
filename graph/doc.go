// Package graph holds the knowledge graph as plain data and the Store
// interface that every backend implements.
//
// The pipeline produces a whole Graph for the current set of sources; a Store
// makes its stored graph equal to that Graph in one step. Keeping the unit of
// writing the whole graph, rather than single documents, is what lets
// reconciliation (which sees the whole corpus) merge or split entities when a
// document is added or removed without leaving stale nodes behind.
//
// Backends live in sub-packages: graph/embedded (a crash-safe file, the
// default, needing no server) and graph/neo4j. Both pass the shared suite in
// graph/storetest.
package graph
