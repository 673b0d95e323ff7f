package embedded

import (
	"encoding/binary"
	"errors"
	"hash"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/internal/binread"
)

// NamesFileName is the name of the file, beside the graph file, that holds
// what LoadNames reads (the documents, and each entity's id, type, name
// and aliases) in a compact form of its own, with the size and checksum
// of the graph file it was written for. Decoding the names from the JSON
// of a large graph meant scanning all of it, a good part of a re-ingest
// of one edited document; checking the graph file's checksum costs a
// tenth of that. The file is only ever a shortcut: when it is missing,
// damaged, or written for another graph file (a write killed between the
// two renames, a graph file edited by hand), LoadNames decodes the graph
// file as before.
const NamesFileName = "graph.names"

// namesMagic opens a names file: its layout and version.
const namesMagic = "kg-names-1\n"

// errNamesStale is returned when a names file cannot be used: the caller
// decodes the graph file instead.
var errNamesStale = errors.New("names file stale or damaged")

// graphSum is the size and checksum of a graph file's bytes.
type graphSum struct {
	size int64
	crc  uint32
}

// summer counts and checksums what is written through it.
type summer struct {
	w io.Writer
	h hash.Hash32
	n int64
}

func newSummer(w io.Writer) *summer { return &summer{w: w, h: binread.NewHash()} }

func (s *summer) Write(p []byte) (int, error) {
	n, err := s.w.Write(p)
	s.h.Write(p[:n])
	s.n += int64(n)
	return n, err
}

func (s *summer) sum() graphSum { return graphSum{size: s.n, crc: s.h.Sum32()} }

// sumFile is the size and checksum of the file at path, read through one
// buffer so that a large file is never held whole.
func sumFile(path string) (graphSum, error) {
	f, err := os.Open(path)
	if err != nil {
		return graphSum{}, err
	}
	defer f.Close()
	h := binread.NewHash()
	n, err := io.CopyBuffer(h, f, make([]byte, 1<<20))
	if err != nil {
		return graphSum{}, err
	}
	return graphSum{size: n, crc: h.Sum32()}, nil
}

// writeNames writes the names file of g, whose graph file has sum. It is
// written after the graph file and not synced: a names file that a crash
// left short or stale fails its own checksum or the graph file's, and is
// then not used.
func (s *Store) writeNames(g *graph.Graph, sum graphSum) error {
	return replaceFile(filepath.Join(s.dir, NamesFileName), false, func(w io.Writer) error {
		_, err := w.Write(encodeNames(g, sum))
		return err
	})
}

// readNames decodes the names file if it was written for the graph file
// as it is now; errNamesStale (or the error of reading it) when not.
func (s *Store) readNames() (*graph.Graph, error) {
	data, err := os.ReadFile(filepath.Join(s.dir, NamesFileName))
	if err != nil {
		return nil, err
	}
	g, want, err := decodeNames(data)
	if err != nil {
		return nil, err
	}
	got, err := sumFile(s.path())
	if err != nil {
		return nil, err
	}
	if got != want {
		return nil, errNamesStale
	}
	return g, nil
}

// encodeNames lays out the names file: the magic, the graph file's size
// and checksum, the documents and entities (strings and counts as
// uvarints, a list's count one more than its length so that 0 is a nil
// list, as the JSON's null decodes), and a checksum of all before it.
func encodeNames(g *graph.Graph, sum graphSum) []byte {
	b := make([]byte, 0, 1<<16)
	b = append(b, namesMagic...)
	b = binary.AppendUvarint(b, uint64(sum.size))
	b = binary.BigEndian.AppendUint32(b, sum.crc)
	str := func(s string) {
		s = asJSON(s)
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	count := func(n int, isNil bool) {
		if isNil {
			b = append(b, 0)
			return
		}
		b = binary.AppendUvarint(b, uint64(n)+1)
	}
	count(len(g.Documents), g.Documents == nil)
	for _, d := range g.Documents {
		for _, s := range []string{d.ID, d.Path, d.Title, d.Kind, d.Date, d.Hash} {
			str(s)
		}
		b = binary.AppendVarint(b, int64(d.Size))
	}
	count(len(g.Entities), g.Entities == nil)
	for _, e := range g.Entities {
		str(e.ID)
		str(e.Type)
		str(e.Name)
		count(len(e.Aliases), e.Aliases == nil)
		for _, a := range e.Aliases {
			str(a)
		}
	}
	return binread.Seal(b)
}

// asJSON is s as the graph file's JSON gives it back: encoding/json
// writes each byte of invalid UTF-8 as U+FFFD, and LoadNames must read the
// same names from either file.
func asJSON(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b.WriteString("\uFFFD")
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// decodeNames reads what encodeNames wrote: the names and the sum of the
// graph file they were written for. The strings are slices of one copy of
// the file, the names of a graph being most of it.
func decodeNames(data []byte) (*graph.Graph, graphSum, error) {
	br, ok := binread.Open(data, namesMagic)
	if !ok {
		return nil, graphSum{}, errNamesStale
	}
	r := namesReader{br}
	var sum graphSum
	sum.size = int64(r.Uint())
	sum.crc = r.Uint32()
	g := &graph.Graph{}
	if nd, ok := r.count(); ok {
		g.Documents = make([]graph.Document, nd)
		for i := range g.Documents {
			d := &g.Documents[i]
			d.ID, d.Path, d.Title, d.Kind, d.Date, d.Hash = r.Str(), r.Str(), r.Str(), r.Str(), r.Str(), r.Str()
			d.Size = int(r.Int())
		}
	}
	if ne, ok := r.count(); ok {
		g.Entities = make([]graph.Entity, ne)
		for i := range g.Entities {
			e := &g.Entities[i]
			e.ID, e.Type, e.Name = r.Str(), r.Str(), r.Str()
			if na, ok := r.count(); ok {
				e.Aliases = make([]string, na)
				for j := range e.Aliases {
					e.Aliases[j] = r.Str()
				}
			}
		}
	}
	if r.Bad() || r.Len() != 0 {
		return nil, graphSum{}, errNamesStale
	}
	return g, sum, nil
}

// namesReader reads a names file's fields; Bad once the data runs short.
type namesReader struct{ *binread.Reader }

// count reads a list's count: its length, and false for a nil list. A
// count larger than the bytes left is damage (each element takes one at
// least), so that a damaged file never makes a huge list.
func (r namesReader) count() (int, bool) {
	n := r.Uint()
	if n == 0 {
		return 0, false
	}
	if n-1 > uint64(r.Len()) {
		r.Fail()
		return 0, false
	}
	return int(n - 1), true
}
