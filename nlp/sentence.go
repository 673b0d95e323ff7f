package nlp

import (
	"github.com/kgbuild/kg/layout"
	"github.com/kgbuild/kg/sources"
)

// Token is a word or punctuation mark with its part-of-speech tag, its
// named-entity label from the tagger, and its byte range in Document.Text.
type Token struct {
	Text  string `json:"text"`
	Tag   string `json:"tag"`
	Label string `json:"label,omitempty"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Sentence is a sentence of a block, with its tokens that carry an entity
// type (Token.EntityType): the extract stage reads nothing else of them.
type Sentence struct {
	Block  int          `json:"block"` // index into the document's blocks
	Span   sources.Span `json:"span"`
	Tokens []Token      `json:"tokens"`
}

// Parsed is a document after the structure and tokenize stages.
type Parsed struct {
	Doc       *sources.Document
	Blocks    []layout.Block
	Sentences []Sentence
}
