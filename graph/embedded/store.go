// Package embedded is the default graph store: one JSON file in a directory,
// written crash-safely (temp file, fsync, rename), needing no server.
//
// The file is replaced whole on every write, so a reader or a crash sees the
// old graph or the new one, never a half-written mix. That suits graphs of a
// few hundred thousand elements, the size of a document collection one
// person ingests; larger graphs belong in Neo4j.
//
// Writers are kept apart by an operating-system lock on a file in the
// directory (see Store.Lock), which dies with its process. Readers need no
// lock: one read of the file is one committed graph.
package embedded

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"

	"github.com/kgbuild/kg/graph"
)

// FileName is the name of the graph file inside the store directory.
const FileName = "graph.json"

// Store is a graph.Store kept in a directory on disk.
type Store struct {
	dir string
	mu  sync.Mutex
	// held is the locked lock file while this handle holds the writer
	// lock (see Lock).
	held *os.File
}

// ErrDamaged is returned by Load when the graph file cannot be decoded: a
// file edited or damaged by hand, since the store itself never leaves a
// half-written one.
var ErrDamaged = errors.New("the graph file is damaged")

var (
	_ graph.Store   = (*Store)(nil)
	_ graph.Stamper = (*Store)(nil)
)

// Open opens (creating if needed) the store in dir.
func Open(dir string) (*Store, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("open store %s: %w", dir, err)
	}
	return &Store{dir: dir}, nil
}

// Dir is the directory the store keeps its files in.
func (s *Store) Dir() string { return s.dir }

func (s *Store) path() string { return filepath.Join(s.dir, FileName) }

// Replace writes g as the whole stored graph, atomically. It fails with a
// *graph.LockedError when another handle holds the writer lock. An error
// always leaves the previous graph: the new one is committed by the rename
// that ends the write, and nothing can fail after it.
func (s *Store) Replace(ctx context.Context, g *graph.Graph) error {
	return s.replace(ctx, g, nil)
}

// ReplaceStamped implements graph.Stamper: the stamp is the file's first
// key, written with the graph in one rename.
func (s *Store) ReplaceStamped(ctx context.Context, g *graph.Graph, st graph.Stamp) error {
	return s.replace(ctx, g, &st)
}

// stamped is the file's form: the stamp first, so that Stamp reads it
// without decoding the graph; Load ignores it.
type stamped struct {
	Stamp *graph.Stamp `json:"stamp,omitempty"`
	*graph.Graph
}

func (s *Store) replace(ctx context.Context, g *graph.Graph, st *graph.Stamp) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	c := g
	if !g.InOrder() { // an ingest's graph is; one of a caller may not be
		c = g.SortedCopy() // sorting must leave the caller's graph as it was
	}
	return s.writeLocked(func() error {
		if err := ctx.Err(); err != nil {
			return err
		}
		// Compact, not indented: a fifth smaller, and faster to write and
		// to read back on the next ingest. Written as it is encoded.
		var sum graphSum
		err := writeAtomic(s.path(), func(w io.Writer) error {
			sw := newSummer(w)
			if err := encodeGraph(sw, st, c); err != nil { // json.Marshal(stamped{st, c}), on all cores
				return fmt.Errorf("encode graph: %w", err)
			}
			sum = sw.sum()
			return nil
		})
		if err != nil {
			return err
		}
		// The graph is committed: a names file that fails to be written
		// is only a slower next LoadNames (the old one no longer matches).
		_ = s.writeNames(c, sum)
		return nil
	})
}

// tempPattern is the pattern of WriteFileAtomic's temporary files for the
// file called name.
func tempPattern(name string) string { return "." + name + ".tmp-*" }

// WriteFileAtomic writes data to path so that path holds either its old
// content or all of data, even if the process dies part-way: it writes a
// temporary file in the same directory, syncs it, and renames it over path.
func WriteFileAtomic(path string, data []byte) error {
	return writeAtomic(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// writeAtomic is replaceFile with the temporary file synced, and the
// rename too, so that the new content survives a crash.
func writeAtomic(path string, write func(io.Writer) error) error {
	return replaceFile(path, true, write)
}

// replaceFile is WriteFileAtomic with the content written by write, so
// that a large file need not be held whole before it is written, and the
// syncs only when durable (a file that is only a shortcut checks itself
// when read). An error of write is returned as it is, and the old content
// stays.
func replaceFile(path string, durable bool, write func(io.Writer) error) error {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, tempPattern(filepath.Base(path)))
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	name := tmp.Name()
	defer os.Remove(name) // no-op after a successful rename
	if err := write(tmp); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if durable {
		if err := tmp.Sync(); err != nil {
			tmp.Close()
			return fmt.Errorf("sync %s: %w", path, err)
		}
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("close %s: %w", path, err)
	}
	if err := os.Rename(name, path); err != nil {
		return fmt.Errorf("rename %s: %w", path, err)
	}
	if !durable {
		return nil
	}
	if d, err := os.Open(dir); err == nil {
		d.Sync() // best effort: persist the rename itself
		d.Close()
	}
	return nil
}

// Load reads the stored graph; an empty graph when none has been written.
func (s *Store) Load(ctx context.Context) (*graph.Graph, error) {
	data, err := s.read(ctx)
	if err != nil {
		return nil, err
	}
	if data == nil {
		return &graph.Graph{}, nil
	}
	var g graph.Graph
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, fmt.Errorf("read store %s: %w: %v", s.path(), ErrDamaged, err)
	}
	g.Sort()
	return &g, nil
}

// LoadNames reads what a re-ingest needs of the stored graph to keep its
// entities' ids: the documents, and each entity's id, type, name and
// aliases. The rest of the file is read past, not decoded: a stored
// graph is mostly relations, mentions and the entities' variants and
// explanations, and decoding them was a good part of a re-ingest of one
// edited document. They are taken from the names file when it was
// written for the graph file as it is (see NamesFileName). A damaged
// graph file is an error, as it is for Load.
func (s *Store) LoadNames(ctx context.Context) (*graph.Graph, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if g, err := s.readNames(); err == nil {
		g.Sort()
		return g, nil
	}
	return s.loadNamesJSON(ctx)
}

// loadNamesJSON is LoadNames reading the graph file.
func (s *Store) loadNamesJSON(ctx context.Context) (*graph.Graph, error) {
	data, err := s.read(ctx)
	if err != nil {
		return nil, err
	}
	if data == nil {
		return &graph.Graph{}, nil
	}
	var names struct {
		Documents []graph.Document `json:"documents"`
		Entities  []struct {
			ID      string   `json:"id"`
			Type    string   `json:"type"`
			Name    string   `json:"name"`
			Aliases []string `json:"aliases"`
		} `json:"entities"`
	}
	if err := json.Unmarshal(data, &names); err != nil {
		return nil, fmt.Errorf("read store %s: %w: %v", s.path(), ErrDamaged, err)
	}
	g := graph.Graph{Documents: names.Documents}
	if names.Entities != nil {
		g.Entities = make([]graph.Entity, len(names.Entities))
	}
	for i, e := range names.Entities {
		g.Entities[i] = graph.Entity{ID: e.ID, Type: e.Type, Name: e.Name, Aliases: e.Aliases}
	}
	g.Sort()
	return &g, nil
}

// read returns the stored file's bytes, or nil when no graph has been
// written.
func (s *Store) read(ctx context.Context) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	data, err := os.ReadFile(s.path())
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read store: %w", err)
	}
	return data, nil
}

// Stamp implements graph.Stamper. It reads only the head of the file: a
// file that does not start with a stamp has none.
func (s *Store) Stamp(ctx context.Context) (graph.Stamp, bool, error) {
	if err := ctx.Err(); err != nil {
		return graph.Stamp{}, false, err
	}
	f, err := os.Open(s.path())
	if errors.Is(err, fs.ErrNotExist) {
		return graph.Stamp{}, false, nil
	}
	if err != nil {
		return graph.Stamp{}, false, fmt.Errorf("read store: %w", err)
	}
	defer f.Close()
	dec := json.NewDecoder(bufio.NewReader(f))
	var st graph.Stamp
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return graph.Stamp{}, false, nil
	}
	if t, err := dec.Token(); err != nil || t != "stamp" {
		return graph.Stamp{}, false, nil
	}
	if err := dec.Decode(&st); err != nil || st.Inputs == "" {
		return graph.Stamp{}, false, nil
	}
	return st, true, nil
}

// Documents returns the stored documents.
func (s *Store) Documents(ctx context.Context) ([]graph.Document, error) {
	g, err := s.Load(ctx)
	if err != nil {
		return nil, err
	}
	return g.Documents, nil
}

// Stats counts what is stored.
func (s *Store) Stats(ctx context.Context) (graph.Stats, error) {
	g, err := s.Load(ctx)
	if err != nil {
		return graph.Stats{}, err
	}
	return g.Count(), nil
}

// Close releases nothing: the store holds no open files between calls.
func (s *Store) Close(context.Context) error { return nil }
