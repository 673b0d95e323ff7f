// Package names holds what every stage knows about names themselves: how two
// spellings fold to one key, the shapes of names (capitalised, acronym,
// CamelCase), and the closed lists of generic words (titles, company and
// place suffixes, occupations) that tell a name from the words around it.
//
// Nothing here names a person, series or place of any corpus: the lists are
// what lets the extractor work on articles about series it has never seen.
package names
