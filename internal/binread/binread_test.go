package binread

import (
	"encoding/binary"
	"math"
	"testing"
)

func TestReader(t *testing.T) {
	var b []byte
	b = binary.AppendUvarint(b, 300)
	b = binary.AppendVarint(b, -7)
	b = binary.AppendUvarint(b, 3)
	b = append(b, "abc"...)
	b = binary.BigEndian.AppendUint32(b, 0xdeadbeef)
	b = binary.LittleEndian.AppendUint64(b, math.Float64bits(1.5))
	r := New(string(b))
	if got := r.Uint(); got != 300 {
		t.Errorf("Uint = %d, want 300", got)
	}
	if got := r.Int(); got != -7 {
		t.Errorf("Int = %d, want -7", got)
	}
	if got := r.Str(); got != "abc" {
		t.Errorf("Str = %q, want abc", got)
	}
	if got := r.Uint32(); got != 0xdeadbeef {
		t.Errorf("Uint32 = %x, want deadbeef", got)
	}
	if got := r.Float64(); got != 1.5 {
		t.Errorf("Float64 = %v, want 1.5", got)
	}
	if r.Bad() || r.Len() != 0 {
		t.Errorf("Bad = %v, Len = %d after reading all; want false, 0", r.Bad(), r.Len())
	}
}

func TestReaderShort(t *testing.T) {
	tests := []struct {
		name string
		data string
		read func(*Reader)
	}{
		{"uvarint cut", "\x80", func(r *Reader) { r.Uint() }},
		{"string longer than left", "\x05ab", func(r *Reader) { r.Str() }},
		{"count over bytes left", "\x09abc", func(r *Reader) { r.Count() }},
		{"uint32 short", "abc", func(r *Reader) { r.Uint32() }},
		{"float short", "abcdefg", func(r *Reader) { r.Float64() }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := New(tt.data)
			tt.read(r)
			if !r.Bad() || r.Len() != 0 {
				t.Errorf("Bad = %v, Len = %d; want true, 0", r.Bad(), r.Len())
			}
		})
	}
}

func TestOpen(t *testing.T) {
	sealed := Seal([]byte("magic\nbody"))
	tests := []struct {
		name     string
		data     []byte
		wantOK   bool
		wantBody string
	}{
		{"sealed", sealed, true, "body"},
		{"other magic", Seal([]byte("other\nbody")), false, ""},
		{"damaged", append([]byte("magic\nbodx"), sealed[len(sealed)-4:]...), false, ""},
		{"too short", []byte("mag"), false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, ok := Open(tt.data, "magic\n")
			if ok != tt.wantOK {
				t.Fatalf("Open ok = %v, want %v", ok, tt.wantOK)
			}
			if ok && r.s != tt.wantBody {
				t.Errorf("body = %q, want %q", r.s, tt.wantBody)
			}
		})
	}
}

// TestChecksum checks that NewHash, written in parts, gives Checksum of
// the whole, and that Seal ends a file with that checksum.
func TestChecksum(t *testing.T) {
	data := []byte("magic\nthe body of a file")
	h := NewHash()
	h.Write(data[:7])
	h.Write(data[7:])
	if got, want := h.Sum32(), Checksum(data); got != want {
		t.Errorf("NewHash in parts = %08x, Checksum = %08x", got, want)
	}
	sealed := Seal(append([]byte(nil), data...))
	if got := binary.BigEndian.Uint32(sealed[len(data):]); got != Checksum(data) {
		t.Errorf("Seal ends with %08x, want Checksum %08x", got, Checksum(data))
	}
}
