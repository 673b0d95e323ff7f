// Package sources reads the documents a graph is built from and keeps each
// one's text together with a map back to the bytes on disk.
//
// Every later stage works on the NFC-normalised Text of a Document; the
// offsets kept here let evidence point into the file as the user has it.
// Problems with one file (empty, binary, invalid UTF-8) are collected with
// the file's path, so that one bad file never stops the others. The sample
// corpus, five real articles about one series, lives in the ballard folder
// below this package.
package sources
