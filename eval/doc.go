// Package eval scores a knowledge graph against gold annotations, so that a
// change to the pipeline can be judged by numbers rather than by eye.
//
// Gold annotations are two tab-separated files, entities.tsv and
// relations.tsv, in the format that GOLD-FORMAT.md (beside this file)
// defines; LoadGold reads them. Score compares a predicted graph.Graph with
// the gold and returns a Report: precision, recall and F1 for entities,
// typed entities, aliases (reconciliation) and relations, broken down by
// entity type and by predicate, with the lists of misses and false
// positives that explain the figures.
//
// Decisions the format leaves open are made here, once, and documented on
// Score; every list in a Report is sorted so that two runs on the same
// input print the same bytes.
package eval
