// Package resolve decides which mentions across the corpus name one entity,
// and of what type: it is the reconcile stage.
//
// It sees the whole corpus, because "Samira" and "Zamira" Parker are one
// character only on evidence from several documents. The work is a
// union-find over name groups and an ordered list of rules, each a small
// named value behind one interface, in a file of its own with its own
// table test: type-votes, character-by-short-form, character-by-middle-name, folded-key, explicit-alias, nickname,
// middle-name, given-name-nickname, given-name-clipped, given-name-initial,
// shape-name-in-org, org-short-form (with its broadcaster narrowing and
// its network-not-studio, network-not-its-group and sub-unit distinctions), org-inner-word, criminal-group-kind, acronym, acronym-tail,
// acronym-named-with,
// country-name, near-spelling-same-actor, actor-slip-same-role,
// lone-name-same-actor, spelling-variant, slip-alone, lone-slip, words-swapped, short-name
// (by-actor, in-paragraph, in-corpus, in-document, same-series, dominant) and
// lone-slip-placed, lone-given-form and lone-word-full-name. Every merge,
// and every decision to
// keep two names apart, is recorded with its rule, so that a user can ask
// why.
//
// The stage never changes the extractions it reads: the types it settles
// are returned as overrides beside the entities and the links from
// mentions to them, and the build stage reads both.
package resolve
