// Package build turns the extractions and their resolution into the graph:
// documents, entities, mention counts, fact edges with their evidence, the
// facts inferred from them (inference.go: a book series passes its author
// and adaptations on to the books it includes; a fact about "his sister" is
// anchored on the relative a family edge names), and the conflicts where
// documents disagree.
//
// It reads the extract stage's output and the resolve stage's side by
// side, and changes neither.
package build
