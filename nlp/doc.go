// Package nlp splits the text of a document's blocks into sentences and
// tokens with byte offsets, using prose's segmenter, tagger and recogniser.
//
// Sentences never cross a block boundary: a heading and the prose below it
// are two sentences even without a full stop between them.
package nlp
