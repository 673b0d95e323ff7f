package layout

import "github.com/kgbuild/kg/sources"

// BlockKind names the layout a block of text has.
type BlockKind string

// The layouts the layout stage recognises.
const (
	BlockHeading BlockKind = "heading" // == Premise ==, "Cast Performances:", short title lines
	BlockField   BlockKind = "field"   // infobox key/value: "Genre | ... |", "- Genre: ..."
	BlockCast    BlockKind = "cast"    // "Actor as Character, description"
	BlockCaption BlockKind = "caption" // "Actor (Character), ... in TITLE. Photographer/Agency"
	BlockCredit  BlockKind = "credit"  // a credit pair on separate lines: actor, then character
	// BlockPair is two names of a cast list, a character and an actor, in an
	// order the line does not say ("Name — Name"): the extract stage decides
	// the order by what the corpus knows of the two names.
	BlockPair  BlockKind = "pair"
	BlockList  BlockKind = "list"  // a bullet item that is none of the above
	BlockProse BlockKind = "prose" // running text
)

// Credits reports whether a block of kind k pairs an actor with a character
// (cast lines, credits and unordered pairs).
func (k BlockKind) Credits() bool {
	return k == BlockCast || k == BlockCredit || k == BlockPair
}

// Block is one structural unit of a document. For a field, Key is the
// normalised key and Values its comma-separated values; for a cast line or
// credit, Values holds the actor and the character and Rest the description
// after them; for a caption, Values holds actor, character pairs in order.
type Block struct {
	Kind    BlockKind      `json:"kind"`
	Span    sources.Span   `json:"span"`
	Key     string         `json:"key,omitempty"`
	Values  []sources.Span `json:"values,omitempty"`
	Rest    *sources.Span  `json:"rest,omitempty"`
	Level   int            `json:"level,omitempty"`
	Section string         `json:"section,omitempty"` // the heading the block falls under, lower case
	// Recognizer names the recognizer that read the block, so that a test
	// or a user can tell which layout rule a block came from.
	Recognizer string `json:"recognizer,omitempty"`
}
