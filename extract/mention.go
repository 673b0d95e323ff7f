package extract

import "github.com/kgbuild/kg/sources"

// Mention is a name found in a document: its surface text, the name part
// (titles trimmed off into Role), the type it was given and the signal that
// found it. Type may be empty for a bare name whose type only context across
// the corpus can decide ("Ballard": the series or the detective).
type Mention struct {
	Doc     string `json:"doc"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Surface string `json:"surface"`
	Name    string `json:"name"`
	Type    string `json:"type"`
	Role    string `json:"role,omitempty"`
	Signal  string `json:"signal"`
	// Rule names the typing rule that gave the mention its type, so that
	// a user can ask why an entity has the type it has.
	Rule       string  `json:"rule,omitempty"`
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
	Doc        string       `json:"doc"`
	Subject    int          `json:"subject"`
	Predicate  string       `json:"predicate"`
	Object     int          `json:"object"`
	Detail     string       `json:"detail,omitempty"`
	Evidence   sources.Span `json:"evidence"`
	Confidence float64      `json:"confidence"`
	Signal     string       `json:"signal"`
	// Rule names the relation pattern or structure rule that stated the
	// claim, so that a user can ask where a relation comes from.
	Rule string `json:"rule,omitempty"`
}

// Extraction is what the extract stage finds in one document.
type Extraction struct {
	Doc      *sources.Document
	Mentions []Mention
	Claims   []Claim
	// Subject is the index of the mention of the series the document is
	// about, or -1.
	Subject int
	// Facts are the claims with values that documents may disagree on.
	Facts []Fact
}
