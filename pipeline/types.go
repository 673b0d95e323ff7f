package pipeline

// Document is one loaded source: its original bytes, its text normalised to
// Unicode NFC, and a map back from the normalised text to the original bytes
// so that every mention and evidence sentence can point into the file as it
// is on disk.
type Document struct {
	ID    string // stable id: the file name without its extension
	Path  string // path as given on the command line or found in the folder
	Title string // from the manifest or the first heading
	Kind  string // encyclopedia, review, news, listing or article
	Date  string // ISO date when the manifest or the text gives one
	Hash  string // hex SHA-256 of Raw
	Raw   []byte // the file as read
	Text  string // Raw normalised to NFC
	// offsets[i] is the byte offset in Raw of byte i of Text; it has one
	// extra entry for len(Text).
	offsets []int
}

// Original maps a byte range of Text to the byte range of Raw it came from.
func (d *Document) Original(start, end int) (int, int) {
	if d.offsets == nil {
		return start, end
	}
	clamp := func(i int) int {
		if i < 0 {
			return 0
		}
		if i >= len(d.offsets) {
			return len(d.offsets) - 1
		}
		return i
	}
	return d.offsets[clamp(start)], d.offsets[clamp(end)]
}

// BlockKind names the layout a block of text has.
type BlockKind string

// The layouts the structure stage recognises.
const (
	BlockHeading BlockKind = "heading" // == Premise ==, "Cast Performances:", short title lines
	BlockField   BlockKind = "field"   // infobox key/value: "Genre | ... |", "- Genre: ..."
	BlockCast    BlockKind = "cast"    // "Actor as Character, description"
	BlockCaption BlockKind = "caption" // "Actor (Character), ... in TITLE. Photographer/Agency"
	BlockCredit  BlockKind = "credit"  // a credit pair on separate lines: actor, then character
	BlockList    BlockKind = "list"    // a bullet item that is none of the above
	BlockProse   BlockKind = "prose"   // running text
)

// Span is a piece of a document's Text.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Block is one structural unit of a document. For a field, Key is the
// normalised key and Values its comma-separated values; for a cast line or
// credit, Values holds the actor and the character and Rest the description
// after them; for a caption, Values holds actor, character pairs in order.
type Block struct {
	Kind    BlockKind `json:"kind"`
	Span    Span      `json:"span"`
	Key     string    `json:"key,omitempty"`
	Values  []Span    `json:"values,omitempty"`
	Rest    *Span     `json:"rest,omitempty"`
	Level   int       `json:"level,omitempty"`
	Section string    `json:"section,omitempty"` // the heading the block falls under, lower case
}

// Token is a word or punctuation mark with its part-of-speech tag, its
// named-entity label from the tagger, and its byte range in Document.Text.
type Token struct {
	Text  string `json:"text"`
	Tag   string `json:"tag"`
	Label string `json:"label,omitempty"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Sentence is a sentence of a block, with its tokens.
type Sentence struct {
	Block  int     `json:"block"` // index into the document's blocks
	Span   Span    `json:"span"`
	Tokens []Token `json:"tokens"`
}

// Parsed is a document after the structure and tokenize stages.
type Parsed struct {
	Doc       *Document
	Blocks    []Block
	Sentences []Sentence
}

// Mention is a name found in a document: its surface text, the name part
// (titles trimmed off into Role), the type it was given and the signal that
// found it. Type may be empty for a bare name whose type only context across
// the corpus can decide ("Ballard": the series or the detective).
type Mention struct {
	Doc        string  `json:"doc"`
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Surface    string  `json:"surface"`
	Name       string  `json:"name"`
	Type       string  `json:"type"`
	Role       string  `json:"role,omitempty"`
	Signal     string  `json:"signal"`
	Confidence float64 `json:"confidence"`
	// Block is the index of the block the mention is in: mentions in one
	// paragraph tend to name the same people.
	Block int `json:"block"`
	// Alias, when set, is another name that the same text says this one is
	// also known as ("Ballard (Also known as Bosch: Ballard)").
	Alias string `json:"alias,omitempty"`
}

// Claim is a relation stated in a document between two mentions (indexes
// into the document's mentions), before reconciliation maps mentions to
// entities.
type Claim struct {
	Doc        string  `json:"doc"`
	Subject    int     `json:"subject"`
	Predicate  string  `json:"predicate"`
	Object     int     `json:"object"`
	Detail     string  `json:"detail,omitempty"`
	Evidence   Span    `json:"evidence"`
	Confidence float64 `json:"confidence"`
	Signal     string  `json:"signal"`
}

// Extraction is what the extract stage finds in one document.
type Extraction struct {
	Doc      *Document
	Mentions []Mention
	Claims   []Claim
	// Subject is the index of the mention of the series the document is
	// about, or -1.
	Subject int
	// Facts are the claims with values that documents may disagree on.
	Facts []Fact
}
