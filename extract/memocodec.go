package extract

import (
	"encoding/binary"
	"errors"
	"math"
	"sort"

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

// memoFormat is the first byte of an encoded memo: a memo written in
// another layout is an error, read again rather than misread.
const memoFormat = 2

// MarshalBinary encodes the memo in a layout of its own (uvarint lengths
// and counts, zigzag varints, floats by their bits): a run reads the memo
// of every document, and a codec by reflection (gob) spent more setting
// itself up for each memo than decoding it.
func (m *Memo) MarshalBinary() ([]byte, error) {
	w := &memoWriter{b: make([]byte, 0, 1024)}
	w.b = append(w.b, memoFormat)
	w.packedWords(m.lower)
	w.answers(m.structureLower)
	w.votes(m.structureVotes)
	writeList(w, m.pairs, w.pair)
	w.reads(m.trial)
	w.reads(m.final)
	w.votes(m.trialVotes)
	w.extraction(m.x)
	return w.b, nil
}

// errMemoPhase is returned for a memo that lacks a phase.
var errMemoPhase = errors.New("extraction memo: a phase is missing")

// errMemoData is returned for a memo that does not decode.
var errMemoData = errors.New("extraction memo: damaged")

// UnmarshalBinary decodes a memo made by MarshalBinary; one that lacks a
// phase, or does not decode to its last byte, is an error, so that a
// damaged memo is read again, not trusted. Empty lists and maps decode as
// nil.
func (m *Memo) UnmarshalBinary(data []byte) error {
	if len(data) == 0 || data[0] != memoFormat {
		return errMemoData
	}
	r := &memoReader{s: data[1:]}
	var d Memo
	d.lower = r.packedWords()
	d.structureLower = r.answers()
	d.structureVotes = r.votes()
	d.pairs = readList(r, r.pair)
	d.trial, d.final = r.reads(), r.reads()
	d.trialVotes = r.votes()
	d.x = r.extraction()
	if r.err != nil || len(r.s) != 0 {
		return errMemoData
	}
	if d.trial == nil || d.final == nil || d.x == nil {
		return errMemoPhase
	}
	*m = d
	return nil
}

// memoWriter appends the parts of a memo to b.
type memoWriter struct{ b []byte }

func (w *memoWriter) uint(v uint64) { w.b = binary.AppendUvarint(w.b, v) }
func (w *memoWriter) int(v int)     { w.b = binary.AppendVarint(w.b, int64(v)) }
func (w *memoWriter) str(s string)  { w.uint(uint64(len(s))); w.b = append(w.b, s...) }

func (w *memoWriter) bool(v bool) {
	if v {
		w.b = append(w.b, 1)
	} else {
		w.b = append(w.b, 0)
	}
}

func (w *memoWriter) float(f float64) {
	w.b = binary.LittleEndian.AppendUint64(w.b, math.Float64bits(f))
}

// writeList writes a list as its count and then each element, written by
// write (see readList).
func writeList[T any](w *memoWriter, xs []T, write func(T)) {
	w.uint(uint64(len(xs)))
	for _, x := range xs {
		write(x)
	}
}

// packedWords writes the words of l as a list of strings: a count, then
// each word with its length.
func (w *memoWriter) packedWords(l packedWords) {
	n := 0
	l.each(func(string) { n++ })
	w.uint(uint64(n))
	l.each(w.str)
}

func (w *memoWriter) answers(a answers) {
	w.str(a.Keys)
	writeList(w, a.Vals, func(v uint32) { w.uint(uint64(v)) })
}

func (w *memoWriter) votes(vs []vote) {
	writeList(w, vs, func(v vote) {
		w.str(v.Name)
		w.str(v.Type)
		w.bool(v.Shaped)
	})
}

// pair writes a pair line's step, its lexicon's answers in key order.
func (w *memoWriter) pair(p pairStep) {
	keys := make([]string, 0, len(p.Lex))
	for k := range p.Lex {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	w.uint(uint64(len(keys)))
	for _, k := range keys {
		w.str(k)
		w.uint(uint64(p.Lex[k]))
	}
	w.bool(p.First)
	w.votes(p.Votes)
}

// reads writes a reading's answers after a mark saying whether there are
// any (nil: a phase not recorded).
func (w *memoWriter) reads(r *reads) {
	w.bool(r != nil)
	if r != nil {
		w.answers(r.Lex)
		w.answers(r.Heads)
		w.answers(r.Lower)
	}
}

func (w *memoWriter) span(s sources.Span) {
	w.int(s.Start)
	w.int(s.End)
	w.str(s.Text)
}

func (w *memoWriter) extraction(x *memoExtraction) {
	w.bool(x != nil)
	if x == nil {
		return
	}
	writeList(w, x.Mentions, func(m Mention) {
		w.str(m.Doc)
		w.int(m.Start)
		w.int(m.End)
		for _, s := range [...]string{m.Surface, m.Name, m.Type, m.Role, m.Signal, m.Rule} {
			w.str(s)
		}
		w.float(m.Confidence)
		w.int(m.Block)
		w.str(m.Alias)
	})
	writeList(w, x.Claims, func(c Claim) {
		w.str(c.Doc)
		w.int(c.Subject)
		w.str(c.Predicate)
		w.int(c.Object)
		w.str(c.Detail)
		w.span(c.Evidence)
		w.float(c.Confidence)
		w.str(c.Signal)
		w.str(c.Rule)
	})
	w.int(x.Subject)
	writeList(w, x.Facts, func(f Fact) {
		w.str(f.Kind)
		w.str(f.Value)
		w.int(f.Target)
		w.str(f.Kin)
		w.int(f.Anchor)
		w.str(f.AnchorRole)
		w.span(f.Evidence)
	})
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
