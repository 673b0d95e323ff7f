package extract

import (
	"bytes"
	"encoding/gob"
	"errors"

	"github.com/kgbuild/kg/sources"
)

// memoExtraction is an Extraction without its document, and without what
// the document gives back (see pack): the document's id in each mention
// and claim, and the text of each span.
type memoExtraction struct {
	Mentions []Mention
	Claims   []Claim
	Subject  int
	Facts    []Fact
}

// memoData is the encoded form of a Memo.
type memoData struct {
	Lower          []string
	StructureLower answers
	StructureVotes []vote
	Pairs          []pairStep
	Trial, Final   *reads
	TrialVotes     []vote
	X              *memoExtraction
}

// MarshalBinary encodes the memo (encoding/gob: a run reads the memo of
// every document, and decoding gob is many times faster than JSON).
func (m *Memo) MarshalBinary() ([]byte, error) {
	var b bytes.Buffer
	err := gob.NewEncoder(&b).Encode(memoData{m.lower, m.structureLower, m.structureVotes, m.pairs, m.trial, m.final, m.trialVotes, m.x})
	return b.Bytes(), err
}

// errMemoPhase is returned for a memo that lacks a phase.
var errMemoPhase = errors.New("extraction memo: a phase is missing")

// UnmarshalBinary decodes a memo made by MarshalBinary; one that lacks a
// phase is an error, so that a damaged memo is read again, not trusted.
func (m *Memo) UnmarshalBinary(data []byte) error {
	var d memoData
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&d); err != nil {
		return err
	}
	if d.Trial == nil || d.Final == nil || d.X == nil {
		return errMemoPhase
	}
	*m = Memo{d.Lower, d.StructureLower, d.StructureVotes, d.Pairs, d.Trial, d.TrialVotes, d.Final, d.X}
	return nil
}

// keep records x as the memo's extraction, packed.
func (m *Memo) keep(x *Extraction) {
	text, id := x.Doc.Text, x.Doc.ID
	px := &memoExtraction{Subject: x.Subject, Mentions: make([]Mention, len(x.Mentions)),
		Claims: make([]Claim, len(x.Claims)), Facts: make([]Fact, len(x.Facts))}
	for i, mm := range x.Mentions {
		mm.Doc, mm.Surface = pack(id, mm.Doc), pack(slice(text, mm.Start, mm.End), mm.Surface)
		px.Mentions[i] = mm
	}
	for i, c := range x.Claims {
		c.Doc, c.Evidence.Text = pack(id, c.Doc), pack(slice(text, c.Evidence.Start, c.Evidence.End), c.Evidence.Text)
		px.Claims[i] = c
	}
	for i, f := range x.Facts {
		f.Evidence.Text = pack(slice(text, f.Evidence.Start, f.Evidence.End), f.Evidence.Text)
		px.Facts[i] = f
	}
	m.x = px
}

// extraction is the memo's extraction of doc, unpacked.
func (m *Memo) extraction(doc *sources.Document) *Extraction {
	text, id := doc.Text, doc.ID
	x := &Extraction{Doc: doc, Subject: m.x.Subject, Mentions: make([]Mention, len(m.x.Mentions)),
		Claims: make([]Claim, len(m.x.Claims)), Facts: make([]Fact, len(m.x.Facts))}
	for i, mm := range m.x.Mentions {
		mm.Doc, mm.Surface = unpack(id, mm.Doc), unpack(slice(text, mm.Start, mm.End), mm.Surface)
		x.Mentions[i] = mm
	}
	for i, c := range m.x.Claims {
		c.Doc, c.Evidence.Text = unpack(id, c.Doc), unpack(slice(text, c.Evidence.Start, c.Evidence.End), c.Evidence.Text)
		x.Claims[i] = c
	}
	for i, f := range m.x.Facts {
		f.Evidence.Text = unpack(slice(text, f.Evidence.Start, f.Evidence.End), f.Evidence.Text)
		x.Facts[i] = f
	}
	if len(x.Mentions) == 0 {
		x.Mentions = nil
	}
	if len(x.Claims) == 0 {
		x.Claims = nil
	}
	if len(x.Facts) == 0 {
		x.Facts = nil
	}
	return x
}

// slice is text[start:end], or "\x00" (which no text holds) when that is
// no slice of text.
func slice(text string, start, end int) string {
	if start < 0 || end < start || end > len(text) {
		return "\x00"
	}
	return text[start:end]
}

// pack returns s as a memo keeps it, knowing that the document gives back
// derived: "" when s is derived, else s with a mark in front ("\x01"), so
// that an s that happens to be empty is not taken for derived.
func pack(derived, s string) string {
	if s == derived {
		return ""
	}
	return "\x01" + s
}

// unpack reverses pack.
func unpack(derived, s string) string {
	if s == "" {
		return derived
	}
	return s[1:]
}
