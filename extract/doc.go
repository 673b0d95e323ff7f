// Package extract finds the names in each document, gives them types, and
// reads the relations the text states between them.
//
// It works in passes over the whole batch: the layouts of every document
// first, whose typed names form a corpus lexicon, then the prose of every
// document twice, so that a name typed with confidence anywhere keeps its
// type everywhere. Relations come from lexical patterns over sentences with
// each mention masked to a marker, and keep their evidence sentence.
//
// A reading learns of the lexicon only what known tells of a name, so that
// RunMemo can record each document's questions and answers (a Memo) and,
// on the next run, reuse the passes whose answers still hold: an edit costs
// the documents it touches, with the result a full run gives.
//
// Every decision is a named rule, so that a behaviour change moves one
// table entry and a user can ask why: each mention is made through a typing
// (typing.go) whose rule name it keeps in Mention.Rule, a capitalised run
// the corpus does not know is typed by the ordered tables of shape.go, and
// each relation pattern is an entry of the table in patterns.go whose name
// the claims it states keep in Claim.Rule. The closed word lists of the
// stage are data files under words/.
package extract
