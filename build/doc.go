// Package build turns the extractions and their resolution into the graph:
// entities with their spellings, documents, mention counts, fact edges with
// their evidence, and the conflicts where documents disagree.
package build
