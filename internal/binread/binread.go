// Package binread reads the fields of the compact binary files kept beside
// slower sources (the embedded store's names file, the nlp model file):
// uvarints, strings and fixed-width numbers. The files check themselves
// with a checksum before they are read, so damage reads as zero values and
// a Bad reader rather than an error at each field; and strings are slices
// of the one copy of the file the reader was given, a file of names being
// mostly strings.
package binread

import (
	"encoding/binary"
	"hash"
	"hash/crc32"
	"math"
)

// Reader reads fields from the front of what is left of its string.
type Reader struct {
	s   string
	bad bool
}

// New is a Reader of s.
func New(s string) *Reader { return &Reader{s: s} }

// Fail marks the data as damaged: Bad from now on, and nothing left.
func (r *Reader) Fail() { r.bad, r.s = true, "" }

// Bad says whether the data ran short or said what cannot be.
func (r *Reader) Bad() bool { return r.bad }

// Len is the number of bytes left.
func (r *Reader) Len() int { return len(r.s) }

// Uint reads a uvarint, as binary.AppendUvarint writes it.
func (r *Reader) Uint() uint64 {
	var v uint64
	for shift := 0; shift < 64 && len(r.s) > 0; shift += 7 {
		c := r.s[0]
		r.s = r.s[1:]
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return v
		}
	}
	r.Fail()
	return 0
}

// Int reads a varint, as binary.AppendVarint writes it.
func (r *Reader) Int() int64 {
	u := r.Uint()
	return int64(u>>1) ^ -int64(u&1)
}

// Count reads a length: no more than the bytes left, each element taking
// one at least, so that damage never makes a huge list.
func (r *Reader) Count() int {
	n := r.Uint()
	if n > uint64(len(r.s)) {
		r.Fail()
		return 0
	}
	return int(n)
}

// Str reads a string: its length, then its bytes.
func (r *Reader) Str() string {
	n := r.Count()
	v := r.s[:n]
	r.s = r.s[n:]
	return v
}

// Uint32 reads four bytes, big-endian.
func (r *Reader) Uint32() uint32 {
	if len(r.s) < 4 {
		r.Fail()
		return 0
	}
	v := binary.BigEndian.Uint32([]byte(r.s[:4]))
	r.s = r.s[4:]
	return v
}

// Float64 reads a float's bits, eight bytes little-endian.
func (r *Reader) Float64() float64 {
	if len(r.s) < 8 {
		r.Fail()
		return 0
	}
	v := binary.LittleEndian.Uint64([]byte(r.s[:8]))
	r.s = r.s[8:]
	return math.Float64frombits(v)
}

// castagnoli is the table of the files' checksums: CRC-32C, which the
// processor computes at several gigabytes a second where it can.
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// Checksum is the checksum of b that Seal ends a file with, for what
// needs the same fast checksum outside a sealed file (the file a names
// file was written for, a file name for a key).
func Checksum(b []byte) uint32 { return crc32.Checksum(b, castagnoli) }

// NewHash is Checksum of what is written to it, for data too large to
// be held whole.
func NewHash() hash.Hash32 { return crc32.New(castagnoli) }

// Seal ends the file b with its checksum, as Open checks it.
func Seal(b []byte) []byte {
	return binary.BigEndian.AppendUint32(b, Checksum(b))
}

// Open is a Reader of what lies between a file's magic and the checksum
// Seal ended it with; false when the file does not open with magic or
// fails its checksum.
func Open(data []byte, magic string) (*Reader, bool) {
	n := len(data) - 4
	if n < len(magic) || string(data[:len(magic)]) != magic ||
		Checksum(data[:n]) != binary.BigEndian.Uint32(data[n:]) {
		return nil, false
	}
	return New(string(data[len(magic):n])), true
}
