package embedded

import (
	"bytes"
	"encoding/json"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/internal/parallel"
)

// encodeChunk is how many items of a list are encoded together.
var encodeChunk = 2000

// encodeGraph returns json.Marshal(stamped{st, g}), byte for byte, with
// its lists encoded in pieces on all cores: encoding the graph of a large
// corpus on one core was a good part of a re-ingest of one document.
func encodeGraph(st *graph.Stamp, g *graph.Graph) ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	if st != nil {
		data, err := json.Marshal(st)
		if err != nil {
			return nil, err
		}
		b.WriteString(`"stamp":`)
		b.Write(data)
		b.WriteByte(',')
	}
	lists := []struct {
		name      string
		omitEmpty bool
		data      []byte
		err       error
	}{{name: "documents"}, {name: "entities"}, {name: "relations"}, {name: "mentions", omitEmpty: true}, {name: "conflicts", omitEmpty: true}}
	lists[0].data, lists[0].err = encodeList(g.Documents)
	lists[1].data, lists[1].err = encodeList(g.Entities)
	lists[2].data, lists[2].err = encodeList(g.Relations)
	lists[3].data, lists[3].err = encodeList(g.Mentions)
	lists[4].data, lists[4].err = encodeList(g.Conflicts)
	for i, l := range lists {
		if l.err != nil {
			return nil, l.err
		}
		if l.omitEmpty && (string(l.data) == "[]" || string(l.data) == "null") {
			continue
		}
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`"` + l.name + `":`)
		b.Write(l.data)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// encodeList returns json.Marshal(items), its pieces encoded on all cores.
func encodeList[T any](items []T) ([]byte, error) {
	if len(items) <= encodeChunk {
		return json.Marshal(items)
	}
	n := (len(items) + encodeChunk - 1) / encodeChunk
	parts := make([][]byte, n)
	errs := make([]error, n)
	parallel.Each(n, func(i int) {
		parts[i], errs[i] = json.Marshal(items[i*encodeChunk : min((i+1)*encodeChunk, len(items))])
	})
	var b bytes.Buffer
	b.WriteByte('[')
	for i, p := range parts {
		if errs[i] != nil {
			return nil, errs[i]
		}
		if i > 0 {
			b.WriteByte(',')
		}
		b.Write(p[1 : len(p)-1]) // without the piece's brackets
	}
	b.WriteByte(']')
	return b.Bytes(), nil
}
