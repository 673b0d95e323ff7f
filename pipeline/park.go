package pipeline

import (
	"encoding/binary"
	"errors"
	"sync"

	"github.com/kgbuild/kg/layout"
	"github.com/kgbuild/kg/nlp"
	"github.com/kgbuild/kg/sources"
)

// A parked parse is a document's parse packed into bytes while extraction
// does not need it (between the document's trial and final readings; see
// extract.Input.Drop): its texts that are pieces of the document's text
// are kept as their offsets only, so that it takes a fraction of the
// parse's room, and unpacking it costs a fraction of reading the parse
// back from the cache as JSON. Lists keep whether they were nil.
type parked []byte

// park packs p's blocks and sentences.
func park(p *nlp.Parsed) parked {
	w := parkWriter{doc: p.Doc.Text}
	w.count(len(p.Blocks), p.Blocks == nil)
	for i := range p.Blocks {
		w.block(&p.Blocks[i])
	}
	n := 0
	for _, sn := range p.Sentences {
		n += len(sn.Tokens)
	}
	w.uint(n)
	w.count(len(p.Sentences), p.Sentences == nil)
	for i := range p.Sentences {
		sn := &p.Sentences[i]
		w.int(sn.Block)
		w.span(&sn.Span)
		w.count(len(sn.Tokens), sn.Tokens == nil)
		for k := range sn.Tokens {
			t := &sn.Tokens[k]
			w.int(t.Start)
			w.int(t.End)
			w.text(t.Start, t.End, t.Text)
			w.str(t.Tag)
			w.str(t.Label)
		}
	}
	return parked(w.buf)
}

// unpark unpacks the parse of d that park packed, its lists at their
// lengths and its tokens in one array, as compact leaves them.
func unpark(d *sources.Document, b parked) (*nlp.Parsed, error) {
	r := parkReader{doc: d.Text, buf: b}
	p := &nlp.Parsed{Doc: d}
	if n, isNil := r.count(); !isNil {
		p.Blocks = make([]layout.Block, n)
	}
	for i := range p.Blocks {
		r.block(&p.Blocks[i])
	}
	toks := make([]nlp.Token, 0, r.uint())
	if n, isNil := r.count(); !isNil {
		p.Sentences = make([]nlp.Sentence, n)
	}
	for i := range p.Sentences {
		sn := &p.Sentences[i]
		sn.Block = r.int()
		r.span(&sn.Span)
		if n, isNil := r.count(); !isNil && n <= cap(toks)-len(toks) {
			at := len(toks)
			toks = toks[:at+n]
			sn.Tokens = toks[at : at+n : at+n]
		} else if !isNil {
			r.fail()
		}
		for k := range sn.Tokens {
			t := &sn.Tokens[k]
			t.Start, t.End = r.int(), r.int()
			t.Text = r.text(t.Start, t.End)
			t.Tag, t.Label = r.name(), r.name()
		}
	}
	if r.err != nil || len(r.buf) != 0 {
		return nil, errors.Join(errParked, r.err)
	}
	return p, nil
}

// errParked is the error of bytes that are not a parked parse.
var errParked = errors.New("unpark: not a parked parse")

// parkWriter appends the pieces of a parked parse.
type parkWriter struct {
	doc string // the document's text
	buf []byte
}

func (w *parkWriter) uint(n int) { w.buf = binary.AppendUvarint(w.buf, uint64(n)) }
func (w *parkWriter) int(n int)  { w.buf = binary.AppendVarint(w.buf, int64(n)) }

// count writes a list's length, and whether it is nil.
func (w *parkWriter) count(n int, isNil bool) {
	if isNil {
		w.uint(0)
		return
	}
	w.uint(n + 1)
}

func (w *parkWriter) str(s string) {
	w.uint(len(s))
	w.buf = append(w.buf, s...)
}

// text writes s, the text of start to end: nothing but a mark when it is
// that piece of the document's text.
func (w *parkWriter) text(start, end int, s string) {
	if 0 <= start && start <= end && end <= len(w.doc) && w.doc[start:end] == s {
		w.uint(0)
		return
	}
	w.uint(len(s) + 1)
	w.buf = append(w.buf, s...)
}

func (w *parkWriter) span(sp *sources.Span) {
	w.int(sp.Start)
	w.int(sp.End)
	w.text(sp.Start, sp.End, sp.Text)
}

func (w *parkWriter) block(b *layout.Block) {
	w.str(string(b.Kind))
	w.span(&b.Span)
	w.str(b.Key)
	w.count(len(b.Values), b.Values == nil)
	for k := range b.Values {
		w.span(&b.Values[k])
	}
	if b.Rest == nil {
		w.uint(0)
	} else {
		w.uint(1)
		w.span(b.Rest)
	}
	w.int(b.Level)
	w.str(b.Section)
	w.str(b.Recognizer)
}

// parkReader reads the pieces of a parked parse; the first error stops it
// (every later read gives zero).
type parkReader struct {
	doc string // the document's text
	buf []byte
	err error
}

func (r *parkReader) uint() int {
	v, n := binary.Uvarint(r.buf)
	if n <= 0 || v > uint64(len(r.doc))+uint64(len(r.buf))+1 {
		r.fail()
		return 0
	}
	r.buf = r.buf[n:]
	return int(v)
}

func (r *parkReader) int() int {
	v, n := binary.Varint(r.buf)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.buf = r.buf[n:]
	return int(v)
}

func (r *parkReader) fail() {
	if r.err == nil {
		r.err = errParked
	}
	r.buf = nil
}

// count reads a list's length, and whether it is nil.
func (r *parkReader) count() (int, bool) {
	n := r.uint()
	if n == 0 {
		return 0, true
	}
	return n - 1, false
}

// bytes reads n bytes as a string of its own.
func (r *parkReader) bytes(n int) string {
	if n > len(r.buf) {
		r.fail()
		return ""
	}
	s := string(r.buf[:n])
	r.buf = r.buf[n:]
	return s
}

func (r *parkReader) str() string {
	n := r.uint()
	if n == 0 {
		return ""
	}
	return r.bytes(n)
}

// name reads a string of a small set (a tag, a label, a kind of block, a
// recognizer's name), made once for the process rather than once a token.
func (r *parkReader) name() string {
	n := r.uint()
	if n == 0 || n > len(r.buf) {
		return r.bytes(n)
	}
	b := r.buf[:n]
	parkNamesMu.RLock()
	s, ok := parkNames[string(b)]
	parkNamesMu.RUnlock()
	if ok {
		r.buf = r.buf[n:]
		return s
	}
	s = r.bytes(n)
	parkNamesMu.Lock()
	if len(parkNames) < maxNames {
		parkNames[s] = s
	}
	parkNamesMu.Unlock()
	return s
}

// parkNames are the strings name has made, up to maxNames of them.
var (
	parkNamesMu sync.RWMutex
	parkNames   = map[string]string{}
)

// maxNames bounds parkNames: the sets name reads are the tagger's and the
// layout's, a few dozen strings.
const maxNames = 1024

// text reads the text of start to end, a piece of the document's text
// when park found it one.
func (r *parkReader) text(start, end int) string {
	n := r.uint()
	if n > 0 {
		return r.bytes(n - 1)
	}
	if r.err != nil || start < 0 || start > end || end > len(r.doc) {
		r.fail()
		return ""
	}
	return r.doc[start:end]
}

func (r *parkReader) span(sp *sources.Span) {
	sp.Start, sp.End = r.int(), r.int()
	sp.Text = r.text(sp.Start, sp.End)
}

func (r *parkReader) block(b *layout.Block) {
	b.Kind = layout.BlockKind(r.name())
	r.span(&b.Span)
	b.Key = r.str()
	if n, isNil := r.count(); !isNil {
		b.Values = make([]sources.Span, n)
	}
	for k := range b.Values {
		r.span(&b.Values[k])
	}
	if r.uint() == 1 {
		b.Rest = &sources.Span{}
		r.span(b.Rest)
	}
	b.Level = r.int()
	b.Section, b.Recognizer = r.str(), r.name()
}
