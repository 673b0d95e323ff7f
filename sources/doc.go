// Package sources reads the documents a graph is built from and keeps each
// one's text together with a map back to the bytes on disk.
//
// Documents come as files, folders (read with their subfolders), web
// addresses (fetched through a Fetcher, see sources/web), lists of
// addresses and feeds. Each is read by one Reader, chosen by its extension
// and sniffed content: plain text (UTF-8, or UTF-16 with a byte-order
// mark), HTML (the page's article, without its chrome) or Markdown. Every
// later stage works on the NFC-normalised Text of a Document; the offsets
// kept here let evidence point into the file as the user has it, markup
// included. Problems with one file (empty, binary, invalid UTF-8, a page
// that cannot be fetched) are collected with the file's path, so that one
// bad file never stops the others. The sample corpus, five real articles
// about one series, lives in the ballard folder below this package.
package sources
