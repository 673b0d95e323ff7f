package extract

import (
	"encoding/binary"
	"math"

	"github.com/kgbuild/kg/sources"
)

// memoReader reads the parts of a memo (see Memo.MarshalBinary) from the
// front of s. The first failure sets err; every read after it returns
// zero values, so that a damaged memo is found once, at the end. Each
// string read is a copy, as gob made it: the extraction's strings outlive
// the memo (into reconciliation and the build), and as slices of one
// string they would hold every memo's bytes until the graph is written.
//
// The strings a memo repeats (a mention's document, type, signal and
// rule, a name said again) are read through word, which gives each its
// first copy again: one copy a memo rather than one a mention, where the
// copies were most of what decoding the memos of a corpus allocated.
type memoReader struct {
	s     []byte
	err   error
	words map[string]string
}

func (r *memoReader) fail() { r.err, r.s = errMemoData, nil }

func (r *memoReader) uint() uint64 {
	v, n := binary.Uvarint(r.s)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.s = r.s[n:]
	return v
}

// uint32 reads an answer, which a sound memo never writes above 32 bits.
func (r *memoReader) uint32() uint32 {
	v := r.uint()
	if v > math.MaxUint32 {
		r.fail()
		return 0
	}
	return uint32(v)
}

func (r *memoReader) int() int {
	u := r.uint()
	return int(int64(u>>1) ^ -int64(u&1)) // zigzag, as binary.AppendVarint writes it
}

// count reads the length of a list: no more than the bytes left, each
// element taking one at least, so that a damaged count allocates nothing.
func (r *memoReader) count() int {
	n := r.uint()
	if n > uint64(len(r.s)) {
		r.fail()
		return 0
	}
	return int(n)
}

func (r *memoReader) str() string {
	n := r.count()
	s := string(r.s[:n])
	r.s = r.s[n:]
	return s
}

// word reads a string as str does, giving the copy made for the first
// equal string of the memo.
func (r *memoReader) word() string {
	n := r.count()
	b := r.s[:n]
	r.s = r.s[n:]
	if w, ok := r.words[string(b)]; ok {
		return w
	}
	if r.words == nil {
		r.words = make(map[string]string, 64)
	}
	w := string(b)
	r.words[w] = w
	return w
}

func (r *memoReader) bool() bool {
	if len(r.s) == 0 || r.s[0] > 1 {
		r.fail()
		return false
	}
	v := r.s[0] == 1
	r.s = r.s[1:]
	return v
}

func (r *memoReader) float() float64 {
	if len(r.s) < 8 {
		r.fail()
		return 0
	}
	v := binary.LittleEndian.Uint64(r.s[:8])
	r.s = r.s[8:]
	return math.Float64frombits(v)
}

// readList reads a list written as its count and then each element, read
// by read; an empty list reads as nil, as gob decodes it.
func readList[T any](r *memoReader, read func() T) []T {
	n := r.count()
	if n == 0 {
		return nil
	}
	out := make([]T, n)
	for i := range out {
		out[i] = read()
	}
	return out
}

// packedWords reads what memoWriter.packedWords wrote.
func (r *memoReader) packedWords() packedWords {
	n := r.count()
	var b []byte
	for i := 0; i < n; i++ {
		k := r.count()
		b = binary.AppendUvarint(b, uint64(k))
		b = append(b, r.s[:k]...)
		r.s = r.s[k:]
	}
	return packedWords(b)
}

func (r *memoReader) answers() answers {
	a := answers{Keys: r.str()}
	a.Vals = readList(r, r.uint32)
	return a
}

func (r *memoReader) votes() []vote {
	return readList(r, func() vote { return vote{Name: r.word(), Type: r.word(), Shaped: r.bool()} })
}

func (r *memoReader) pair() pairStep {
	var p pairStep
	if n := r.count(); n > 0 {
		p.Lex = make(map[string]known, n)
		for range n {
			k := r.str()
			p.Lex[k] = known(r.uint32())
		}
	}
	p.First = r.bool()
	p.Votes = r.votes()
	return p
}

func (r *memoReader) reads() *reads {
	if !r.bool() {
		return nil
	}
	return &reads{Lex: r.answers(), Heads: r.answers(), Lower: r.answers()}
}

func (r *memoReader) span() sources.Span {
	return sources.Span{Start: r.int(), End: r.int(), Text: r.str()}
}

func (r *memoReader) extraction() *memoExtraction {
	if !r.bool() {
		return nil
	}
	x := &memoExtraction{}
	x.Mentions = readList(r, func() (m Mention) {
		m.Doc, m.Start, m.End = r.word(), r.int(), r.int()
		m.Surface, m.Name, m.Type, m.Role, m.Signal, m.Rule = r.word(), r.word(), r.word(), r.word(), r.word(), r.word()
		m.Confidence, m.Block, m.Alias = r.float(), r.int(), r.word()
		return m
	})
	x.Claims = readList(r, func() (c Claim) {
		c.Doc, c.Subject, c.Predicate, c.Object, c.Detail = r.word(), r.int(), r.word(), r.int(), r.word()
		c.Evidence, c.Confidence, c.Signal, c.Rule = r.span(), r.float(), r.word(), r.word()
		return c
	})
	x.Subject = r.int()
	x.Facts = readList(r, func() (f Fact) {
		f.Kind, f.Value, f.Target, f.Kin, f.Anchor, f.AnchorRole = r.word(), r.word(), r.int(), r.word(), r.int(), r.word()
		f.Evidence = r.span()
		return f
	})
	return x
}
