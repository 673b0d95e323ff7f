package sources_test

import (
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/kgbuild/kg/sources"
	"golang.org/x/text/unicode/norm"
)

// utf16File encodes s as UTF-16 with a byte-order mark, as Windows tools
// save "Unicode" text.
func utf16File(s string, bigEndian bool) []byte {
	units := append([]uint16{0xfeff}, utf16.Encode([]rune(s))...)
	out := make([]byte, 0, 2*len(units))
	for _, u := range units {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

// TestUTF16 checks that UTF-16 with a byte-order mark is read as text,
// and that offsets still point at the right bytes of the file.
func TestUTF16(t *testing.T) {
	const text = "= Ballard (TV series) =\n\nRene\u0301e Ballard works nights in Los Angeles 🌃.\n"
	tests := []struct {
		name      string
		bigEndian bool
		find      string // looked up in Text (NFC)
		orig      string // what it must map back to, before encoding
	}{
		{"little endian", false, "Los Angeles", "Los Angeles"},
		{"big endian", true, "Los Angeles", "Los Angeles"},
		{"decomposed accent composed", false, "Renée", "Rene\u0301e"},
		{"surrogate pair", true, "🌃.", "🌃."},
		{"heading", false, "Ballard (TV series)", "Ballard (TV series)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := utf16File(text, tt.bigEndian)
			d, err := sources.NewDocument("win.txt", raw)
			if err != nil {
				t.Fatalf("NewDocument: %v", err)
			}
			if want := norm.NFC.String(text); strings.TrimSpace(d.Text) != strings.TrimSpace(want) {
				t.Errorf("Text = %q, want %q", d.Text, want)
			}
			if d.Title != "Ballard (TV series)" || d.Kind != "encyclopedia" {
				t.Errorf("title %q kind %q: the heading after the mark was not read", d.Title, d.Kind)
			}
			i := strings.Index(d.Text, tt.find)
			a, b := d.Original(i, i+len(tt.find))
			if got, want := string(raw[a:b]), string(utf16File(tt.orig, tt.bigEndian)[2:]); got != want {
				t.Errorf("Original(%q) = [%d,%d) = % x, want % x", tt.find, a, b, got, want)
			}
		})
	}
}

func TestUTF16Rejects(t *testing.T) {
	tests := []struct {
		name, raw, wantErr string
	}{
		{"odd number of bytes", "\xff\xfeB\x00a", "invalid UTF-16"},
		{"lone high surrogate", "\xff\xfeB\x00\x3d\xd8a\x00", "invalid UTF-16 at byte offset 4"},
		{"lone low surrogate", "\xfe\xff\x00B\xdc\x00", "invalid UTF-16 at byte offset 4"},
		{"no byte-order mark is binary", "B\x00a\x00", "binary file (NUL byte at offset 1)"},
		{"only a mark and spaces", "\xff\xfe \x00\n\x00", "empty file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := sources.NewDocument("x.txt", []byte(tt.raw))
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("NewDocument = %v, want an error containing %q", err, tt.wantErr)
			}
		})
	}
}
