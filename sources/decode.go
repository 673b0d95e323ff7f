package sources

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
)

// Input is one document as read, handed to a Reader: its bytes, and those
// bytes as UTF-8 text. Text is Raw itself for UTF-8 files (after any
// byte-order mark); a UTF-16 file is decoded, and Input keeps the map
// from each byte of Text back to Raw.
type Input struct {
	Path string // file path, or the URL of a fetched page
	Raw  []byte // the bytes as read
	Text []byte // Raw as UTF-8, without a byte-order mark
	// ContentType is what the server said a fetched page is; empty for
	// files.
	ContentType string
	// at maps Text to Raw: at[i] is the offset in Raw of byte i of Text,
	// at[len(Text)] = len(Raw). nil when Text is Raw[bom:].
	at  []int
	bom int
}

// rawOffsets maps offsets of Text to offsets of Raw.
func (in *Input) rawOffsets(offs []int) []int {
	if in.at != nil {
		return through(in.at, offs)
	}
	for i := range offs {
		offs[i] += in.bom
	}
	return offs
}

var (
	bomUTF8    = []byte("\xef\xbb\xbf")
	bomUTF16LE = []byte("\xff\xfe")
	bomUTF16BE = []byte("\xfe\xff")
)

// decode checks raw as text and returns it as UTF-8. A UTF-8 byte-order
// mark is dropped; UTF-16 with a byte-order mark (little or big endian,
// as Windows tools write it) is decoded. Without a mark the bytes must be
// UTF-8, unless a web page declares a one-byte character set (such as
// windows-1252), in which it is decoded: an empty file, a NUL byte (binary
// data, or UTF-16 without a mark) and invalid UTF-8 are errors that say
// where.
func decode(path string, raw []byte, contentType string) (*Input, error) {
	in := &Input{Path: path, Raw: raw, ContentType: contentType}
	switch {
	case bytes.HasPrefix(raw, bomUTF16LE), bytes.HasPrefix(raw, bomUTF16BE):
		text, at, err := decodeUTF16(raw)
		if err != nil {
			return nil, err
		}
		in.Text, in.at = text, at
	case bytes.HasPrefix(raw, bomUTF8):
		in.Text, in.bom = raw[3:], 3 // not text, but offsets still count it
	default:
		in.Text = raw
	}
	if len(bytes.TrimSpace(in.Text)) == 0 {
		return nil, errors.New("empty file")
	}
	if i := bytes.IndexByte(in.Text, 0); i >= 0 {
		return nil, fmt.Errorf("binary file (NUL byte at offset %d), not text", in.rawOffsets([]int{i})[0])
	}
	if !utf8.Valid(in.Text) {
		cs := declaredCharset(in)
		cm, ok := charmapOf(cs)
		if !ok {
			return nil, fmt.Errorf("invalid UTF-8 at byte offset %d%s", invalidUTF8(raw), charsetNote(cs))
		}
		in.Text, in.at = decodeCharmap(cm, raw[in.bom:], in.bom, len(raw))
	}
	return in, nil
}

var (
	metaCharset = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?([\w.:-]+)`)
	typeCharset = regexp.MustCompile(`(?i)charset\s*=\s*["']?([\w.:-]+)`)
)

// declaredCharset is the character set a web page declares: in the
// server's Content-Type, or for a page in a <meta> near its top. Other
// documents declare none.
func declaredCharset(in *Input) string {
	if m := typeCharset.FindStringSubmatch(in.ContentType); m != nil {
		return strings.ToLower(m[1])
	}
	if ext := extension(in.Path); ext != ".html" && ext != ".htm" && ext != ".xhtml" && mediaType(in.ContentType) != "text/html" {
		return ""
	}
	if m := metaCharset.FindSubmatch(in.Text[:min(len(in.Text), 2048)]); m != nil {
		return strings.ToLower(string(m[1]))
	}
	return ""
}

// charmapOf is the one-byte character set called label ("windows-1252",
// "iso-8859-1", which browsers read as windows-1252, ...).
func charmapOf(label string) (*charmap.Charmap, bool) {
	if label == "" {
		return nil, false
	}
	enc, err := htmlindex.Get(label)
	if err != nil {
		return nil, false
	}
	cm, ok := enc.(*charmap.Charmap)
	return cm, ok
}

// charsetNote says why a declared character set did not help.
func charsetNote(label string) string {
	if label == "" || label == "utf-8" || label == "utf8" {
		return ""
	}
	return fmt.Sprintf(" (the page declares %s, a character set kg does not read)", label)
}

// decodeCharmap decodes one-byte text into UTF-8, each character mapped
// back to its byte (b is raw after off bytes of byte-order mark).
func decodeCharmap(cm *charmap.Charmap, b []byte, off, rawLen int) ([]byte, []int) {
	out := make([]byte, 0, len(b)+len(b)/4)
	at := make([]int, 0, len(b)+len(b)/4+1)
	var buf [utf8.UTFMax]byte
	for i, c := range b {
		w := utf8.EncodeRune(buf[:], cm.DecodeByte(c))
		out = append(out, buf[:w]...)
		for range w {
			at = append(at, off+i)
		}
	}
	return out, append(at, rawLen)
}

// invalidUTF8 is the offset of the first byte of raw that is not UTF-8.
func invalidUTF8(raw []byte) int {
	off := 0
	for off < len(raw) {
		r, n := utf8.DecodeRune(raw[off:])
		if r == utf8.RuneError && n <= 1 {
			break
		}
		off += n
	}
	return off
}

// decodeUTF16 decodes UTF-16 after its byte-order mark, which says the
// byte order, into UTF-8 with a map from each UTF-8 byte to the offset of
// the code unit it came from.
func decodeUTF16(raw []byte) ([]byte, []int, error) {
	if len(raw)%2 != 0 {
		return nil, nil, fmt.Errorf("invalid UTF-16: %d bytes, an odd number", len(raw))
	}
	unit := func(i int) uint16 { return uint16(raw[i])<<8 | uint16(raw[i+1]) }
	if raw[0] == 0xff {
		unit = func(i int) uint16 { return uint16(raw[i+1])<<8 | uint16(raw[i]) }
	}
	out := make([]byte, 0, len(raw))
	at := make([]int, 0, len(raw))
	var buf [utf8.UTFMax]byte
	for i := 2; i < len(raw); {
		r, n := rune(unit(i)), 2
		switch {
		case utf16.IsSurrogate(r) && i+4 <= len(raw):
			r = utf16.DecodeRune(r, rune(unit(i+2)))
			n = 4
			if r == utf8.RuneError {
				return nil, nil, fmt.Errorf("invalid UTF-16 at byte offset %d (a lone surrogate)", i)
			}
		case utf16.IsSurrogate(r):
			return nil, nil, fmt.Errorf("invalid UTF-16 at byte offset %d (a lone surrogate)", i)
		}
		w := utf8.EncodeRune(buf[:], r)
		out = append(out, buf[:w]...)
		for range w {
			at = append(at, i)
		}
		i += n
	}
	return out, append(at, len(raw)), nil
}
