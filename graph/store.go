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
