// Package pipeline runs the stages that turn raw documents into a knowledge
// graph, in the order data flows through them: sources (load), layout,
// nlp (tokenize), extract, resolve, build.
//
// Each stage is a package with one job; what passes between them is plain
// data (Document, Block, Sentence, Mention, Claim). This package only wires
// them together, keeps the parse cache and the extraction memos, stamps each
// run's inputs so that a re-ingest of the stored graph's own documents does
// nothing, and validates its configuration when it is built, before any
// work is done.
package pipeline
