// Package resolve decides which mentions across the corpus name one entity:
// folded spellings, explicit aliases, short forms, near spellings with
// corroboration, and the type each entity has.
//
// It sees the whole corpus, because "Samira" and "Zamira" Parker are one
// character only on evidence from several documents. Every merge and every
// decision to keep two names apart is recorded with its rule, so that a user
// can ask why.
package resolve
