package graph

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"
)

// Locker is a store that lets one writer at a time hold it, across
// processes: two ingests into one store would otherwise both succeed and
// one result would silently replace the other. Both stores implement it.
//
// Call order: Lock, then reads and Replace, then the returned Unlock. While
// one store handle holds the lock, Replace through any other handle (in
// this process or another) fails with a *LockedError instead of writing.
type Locker interface {
	// Lock takes the writer lock for owner (a short description such as
	// "kg ingest"), waiting up to wait for a holder to release it. It
	// returns a *LockedError naming the holder when the wait runs out, and
	// ctx's error when ctx ends first. A lock whose holder died (a killed
	// process) is taken over. Unlock releases the lock; it is safe to call
	// more than once.
	Lock(ctx context.Context, owner string, wait time.Duration) (unlock func(context.Context) error, err error)
}

// Holder describes who holds a store's writer lock, as far as the store
// knows: the fields it cannot tell are zero.
type Holder struct {
	Owner string    `json:"owner"`
	Host  string    `json:"host"`
	PID   int       `json:"pid"`
	Since time.Time `json:"since"`
	// Expires is when a lease-based lock lapses unless its holder renews
	// it (zero for a lock that the operating system releases with its
	// process).
	Expires time.Time `json:"expires,omitzero"`
}

// Me describes this process as a holder of a lock taken now for owner.
func Me(owner string) Holder {
	host, _ := os.Hostname()
	return Holder{Owner: owner, Host: host, PID: os.Getpid(), Since: time.Now().UTC()}
}

// String names the holder for a message: "kg ingest (pid 42 on host h)
// since 2025-07-10 12:00:00 UTC".
func (h Holder) String() string {
	who := h.Owner
	if who == "" {
		who = "another process"
	}
	if h.PID != 0 {
		who += fmt.Sprintf(" (pid %d on %s)", h.PID, hostName(h.Host))
	}
	if !h.Since.IsZero() {
		who += " since " + h.Since.UTC().Format("2006-01-02 15:04:05 MST")
	}
	return who
}

func hostName(h string) string {
	if h == "" {
		return "an unknown host"
	}
	return "host " + h
}

// LockedError is the failure to take a store's writer lock, or to write
// without it, because another holds it.
type LockedError struct {
	// Store names the store (its directory, or the Neo4j database).
	Store  string
	Holder Holder
	// Waited is how long Lock waited before giving up.
	Waited time.Duration
}

// Error names the store, the holder and since when.
func (e *LockedError) Error() string {
	msg := fmt.Sprintf("%s is locked by %s", e.Store, e.Holder)
	if e.Waited > 0 {
		msg += fmt.Sprintf("; gave up after waiting %s", e.Waited.Round(time.Millisecond))
	}
	if !e.Holder.Expires.IsZero() {
		msg += "; its lease expires at " + e.Holder.Expires.UTC().Format("15:04:05 MST") + " unless renewed"
	}
	return msg
}

// ErrLockLost is returned by Replace when the writer lock this store held
// was taken over (its lease lapsed): nothing was written, since another
// writer may have written since.
var ErrLockLost = errors.New("the writer lock was taken over by another writer")

// ErrCommitUnknown marks a Replace error after which the store cannot tell
// whether the new graph was committed: the connection to a server was lost
// while it committed. Any other Replace error leaves the previous graph.
var ErrCommitUnknown = errors.New("whether the new graph was committed is unknown")
