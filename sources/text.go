package sources

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"path/filepath"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// textReaderName names the plain-text reader; its documents are cached by
// content hash alone, as they were before there were other readers.
const textReaderName = "text"

// textReader reads plain text: the Text is the file normalised to NFC.
type textReader struct{}

var _ Reader = textReader{}

func (textReader) Name() string         { return textReaderName }
func (textReader) Extensions() []string { return []string{".txt", ".text"} }
func (textReader) Sniff(in *Input) bool { return true }
func (textReader) Read(in *Input) (*Document, error) {
	d := newDocument(in, textReaderName)
	if in.at == nil {
		d.Text, d.offsets = normalizeRuns(in.Text, in.bom)
	} else {
		var offsets []int
		d.Text, offsets = normalize(in.Text)
		d.offsets = compactOffsets(in.rawOffsets(offsets))
	}
	d.Title, d.Kind, d.Date = guessHeader(d.Text)
	return d, nil
}

// NewDocument checks raw as a text document and builds its Document: id from
// the file name, text normalised to NFC, title, kind and date guessed from
// the text (a manifest may override them).
func NewDocument(path string, raw []byte) (*Document, error) {
	in, err := decode(path, raw, "")
	if err != nil {
		return nil, err
	}
	return textReader{}.Read(in)
}

// newDocument starts the Document of in: id, path, hash and bytes.
func newDocument(in *Input, reader string) *Document {
	sum := sha256.Sum256(in.Raw)
	return &Document{
		ID:     fileID(in.Path),
		Path:   in.Path,
		Hash:   hex.EncodeToString(sum[:]),
		Raw:    in.Raw,
		Reader: reader,
	}
}

// fileID is a document's id from its path: the file name without its
// extension, or for a URL a name made of its host and path.
func fileID(path string) string {
	if isURL(path) {
		return urlID(path)
	}
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// normalize returns raw in NFC with, for every byte of the result, the
// offset in raw of the segment it came from.
func normalize(raw []byte) (string, []int) {
	var out []byte
	offsets := make([]int, 0, len(raw)+1)
	var it norm.Iter
	it.Init(norm.NFC, raw)
	for !it.Done() {
		start := it.Pos()
		seg := it.Next()
		out = append(out, seg...)
		for range seg {
			offsets = append(offsets, start)
		}
	}
	offsets = append(offsets, len(raw))
	return string(out), offsets
}

// normalizeRuns is normalize with the offsets shifted by shift and made
// into runs as compactOffsets makes them, without the dense map between:
// at eight bytes a byte of text, the dense map was most of what reading
// the documents of a corpus allocated.
func normalizeRuns(raw []byte, shift int) (string, offsetMap) {
	var out strings.Builder
	out.Grow(len(raw))
	// Byte 0 of the text is byte shift of Raw, the first run's start; prev
	// is the offset of the byte before, as if the runs began at shift-1, so
	// that add starts a run only where the offsets jump.
	m := offsetMap{at: []int{0}, raw: []int{shift}}
	prev := shift - 1
	i := 0
	add := func(o int) {
		if o != prev+1 {
			m.at = append(m.at, i)
			m.raw = append(m.raw, o)
		}
		prev = o
		i++
	}
	var it norm.Iter
	it.Init(norm.NFC, raw)
	for !it.Done() {
		pos := it.Pos()
		if k := asciiRun(raw, pos); k > pos {
			out.Write(raw[pos:k])
			add(pos + shift) // the run's other bytes follow on: no run starts
			prev += k - pos - 1
			i += k - pos - 1
			if k == len(raw) {
				break
			}
			it.Seek(int64(k), io.SeekStart)
			continue
		}
		start := pos + shift
		seg := it.Next()
		out.Write(seg)
		for range seg {
			add(start)
		}
	}
	add(len(raw) + shift)
	m.n = i
	return out.String(), m
}

// asciiRun is the end of the ASCII bytes from pos that the NFC iterator
// would give one a segment, each its own: those followed by another ASCII
// byte or by the end (the last before a non-ASCII byte may compose with
// what follows). It is pos when there are none. Going past them and
// seeking the iterator to the end gives the segments it gives, and the
// iterator's call for each byte was most of the time of normalising text
// that is mostly ASCII.
func asciiRun(raw []byte, pos int) int {
	j := pos
	for j < len(raw) && raw[j] < utf8.RuneSelf {
		j++
	}
	if j < len(raw) && j > pos {
		j--
	}
	return j
}

var (
	isoDate      = regexp.MustCompile(`\b(19|20)\d\d-[01]\d-[0-3]\d\b`)
	wikiTitle    = regexp.MustCompile(`^=\s*(.+?)\s*=\s*$`)
	reviewTitle  = regexp.MustCompile(`(?i)\breview\b`)
	datelineLead = regexp.MustCompile(`(?i)^\s*(date|published|posted|updated)\b`)
)

// guessHeader reads what the first lines of a text say about it: a title, a
// kind of document and a date. Encyclopedia-style pages carry an "= Title ="
// heading or an infobox; reviews say so near the top; news items open with a
// dateline.
func guessHeader(text string) (title, kind, date string) {
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 4<<10), 1<<20) // grown to 1 MiB only for a line that needs it: most pages' first lines are short
	n := 0
	kind = "article"
	for sc.Scan() && n < 8 {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		n++
		if m := wikiTitle.FindStringSubmatch(line); m != nil && title == "" {
			title = m[1]
			kind = "encyclopedia"
			continue
		}
		if l := strings.ToLower(line); l == "infobox" || strings.HasPrefix(l, "{{infobox") {
			kind = "encyclopedia"
		}
		if datelineLead.MatchString(line) {
			if d := isoDate.FindString(line); d != "" && date == "" {
				date = d
				if kind == "article" {
					kind = "news"
				}
			}
		}
		if kind == "article" && reviewTitle.MatchString(line) && len(line) < 200 {
			kind = "review"
			if title == "" {
				title = line
			}
		}
		if strings.Contains(line, "|") && strings.Count(line, "|") >= 2 && kind == "article" {
			kind = "listing"
		}
	}
	return title, kind, date
}
