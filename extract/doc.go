// Package extract finds the names in each document, gives them types, and
// reads the relations the text states between them.
//
// It works in passes over the whole batch: the layouts of every document
// first, whose typed names form a corpus lexicon, then the prose of every
// document twice, so that a name typed with confidence anywhere keeps its
// type everywhere. Relations come from lexical patterns over sentences with
// each mention masked to a marker, and keep their evidence sentence.
package extract
