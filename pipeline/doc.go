// Package pipeline turns raw documents into a knowledge graph in stages:
// load, structure, tokenize, extract, reconcile, build.
//
// Each stage is a small type with one job; what passes between stages is
// plain data (Document, Block, Sentence, Mention, Claim). Stages that look at
// one document at a time (structure, tokenize, extract) could run in any
// order across documents; reconciliation sees the whole corpus, because
// deciding that "Samira Parker" and "Zamira Parker" are one character needs
// evidence from several documents. Pipeline wires the stages together and
// validates its configuration when it is built, before any work is done.
package pipeline
