package graph

import (
	"context"
	"errors"
)

// ErrNotFound is returned by Store.Entity when no entity has the given id.
var ErrNotFound = errors.New("not found")

// Store keeps a graph. Implementations must make Replace atomic: a reader
// sees either the previous graph or the new one, and a failed Replace leaves
// the previous graph intact. Replace is idempotent: writing the same graph
// twice leaves the same stored graph (same counts, no duplicates).
//
// Call order: open the store (backend-specific constructor), then any number
// of Replace / Load / Stats calls, then Close. Close is not called until all
// other calls have returned.
type Store interface {
	// Replace makes the stored graph equal to g. Nodes and edges that g no
	// longer has are removed; those it still has keep their ids.
	Replace(ctx context.Context, g *Graph) error
	// Load returns the stored graph, sorted; an empty graph (not an error)
	// when nothing has been stored yet.
	Load(ctx context.Context) (*Graph, error)
	// Documents returns the stored documents (ids and content hashes), so
	// that ingestion can skip what has not changed.
	Documents(ctx context.Context) ([]Document, error)
	// Stats counts what is stored.
	Stats(ctx context.Context) (Stats, error)
	// Close releases the store's resources.
	Close(ctx context.Context) error
}

// Stamp names the inputs a stored graph was built from (a digest of the
// stage versions and the documents: see pipeline.Stamp) and counts the
// graph, so that a run on the same inputs can tell that the stored graph
// is already theirs, and report it, without reading it.
type Stamp struct {
	Inputs string `json:"inputs"`
	Stats  Stats  `json:"stats"`
}

// Stamper is implemented by stores that keep a Stamp with the graph in the
// same atomic write, so that a stamp never outlives its graph: a failed or
// interrupted ReplaceStamped leaves the old graph with the old stamp, and
// a graph written by Replace has none.
type Stamper interface {
	// ReplaceStamped is Replace, storing st with g.
	ReplaceStamped(ctx context.Context, g *Graph, st Stamp) error
	// Stamp returns the stamp of the stored graph; false when the graph
	// has none, or nothing is stored.
	Stamp(ctx context.Context) (Stamp, bool, error)
}
