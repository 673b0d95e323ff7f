package embedded

import (
	"bufio"
	"encoding/json"
	"io"
	"runtime"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/internal/parallel"
)

// encodeChunk is how many items of a list are encoded together.
var encodeChunk = 2000

// encodeGraph writes json.Marshal(stamped{st, g}) to w, byte for byte,
// with its lists encoded in pieces on all cores: encoding the graph of a
// large corpus on one core was a good part of a re-ingest of one
// document. The pieces are written as they are made, a few at a time, so
// that the file's text is never held whole beside the graph (it is about
// as large as the corpus's text, seven times at 10 MB).
func encodeGraph(w io.Writer, st *graph.Stamp, g *graph.Graph) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	bw.WriteByte('{')
	if st != nil {
		data, err := json.Marshal(st)
		if err != nil {
			return err
		}
		bw.WriteString(`"stamp":`)
		bw.Write(data)
		bw.WriteByte(',')
	}
	lists := []struct {
		name      string
		omitEmpty bool
		n         int
		encode    func(io.Writer) error
	}{
		{"documents", false, len(g.Documents), func(w io.Writer) error { return encodeList(w, g.Documents) }},
		{"entities", false, len(g.Entities), func(w io.Writer) error { return encodeList(w, g.Entities) }},
		{"relations", false, len(g.Relations), func(w io.Writer) error { return encodeList(w, g.Relations) }},
		{"mentions", true, len(g.Mentions), func(w io.Writer) error { return encodeList(w, g.Mentions) }},
		{"conflicts", true, len(g.Conflicts), func(w io.Writer) error { return encodeList(w, g.Conflicts) }},
	}
	for i, l := range lists {
		if l.omitEmpty && l.n == 0 { // "[]" or "null", which omitempty leaves out
			continue
		}
		if i > 0 {
			bw.WriteByte(',')
		}
		bw.WriteString(`"` + l.name + `":`)
		if err := l.encode(bw); err != nil {
			return err
		}
	}
	bw.WriteByte('}')
	return bw.Flush()
}

// encodeList writes json.Marshal(items) to w, its pieces encoded on all
// cores, a round of a few pieces a core at a time.
func encodeList[T any](w io.Writer, items []T) error {
	if len(items) <= encodeChunk {
		data, err := json.Marshal(items)
		if err != nil {
			return err
		}
		_, err = w.Write(data)
		return err
	}
	n := (len(items) + encodeChunk - 1) / encodeChunk
	round := 4 * runtime.GOMAXPROCS(0)
	parts := make([][]byte, round)
	errs := make([]error, round)
	if _, err := w.Write([]byte{'['}); err != nil {
		return err
	}
	for first := 0; first < n; first += round {
		k := min(round, n-first)
		parallel.Each(k, func(i int) {
			c := first + i
			parts[i], errs[i] = json.Marshal(items[c*encodeChunk : min((c+1)*encodeChunk, len(items))])
		})
		for i, p := range parts[:k] {
			if errs[i] != nil {
				return errs[i]
			}
			if first+i > 0 {
				if _, err := w.Write([]byte{','}); err != nil {
					return err
				}
			}
			if _, err := w.Write(p[1 : len(p)-1]); err != nil { // without the piece's brackets
				return err
			}
			parts[i] = nil
		}
	}
	_, err := w.Write([]byte{']'})
	return err
}
