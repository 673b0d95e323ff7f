package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/graph/embedded"
	"github.com/urfave/cli/v2"
)

// defaultLockTimeout is how long a writer waits for another to finish: long
// enough to ride out the end of another run's write, short enough that a
// run started beside a long one says so soon.
const defaultLockTimeout = 5 * time.Second

// lockTimeoutFlag is the flag of the commands that write the graph.
func lockTimeoutFlag() cli.Flag {
	return &cli.DurationFlag{Name: "lock-timeout", Value: defaultLockTimeout,
		Usage: "how long to wait for another run writing to the same store before giving up"}
}

// lockWriter takes the store's writer lock for command, waiting up to
// --lock-timeout, and returns the function that releases it. A store that
// cannot be locked needs no release.
func lockWriter(c *cli.Context, st graph.Store, command string) (func(), error) {
	l, ok := st.(graph.Locker)
	if !ok {
		return func() {}, nil
	}
	unlock, err := l.Lock(c.Context, "kg "+command, c.Duration("lock-timeout"))
	if err != nil {
		var le *graph.LockedError
		if ie, ok := interrupted(c.Context); ok {
			return nil, fmt.Errorf("%s: %w while waiting for the store's lock; the stored graph is unchanged", command, ie)
		}
		if errors.As(err, &le) {
			return nil, fmt.Errorf("%s: %w; the stored graph is unchanged\nhint: wait for that run to finish, or give it longer with --lock-timeout", command, err)
		}
		return nil, fmt.Errorf("%s: %w", command, err)
	}
	return func() { unlock(context.WithoutCancel(c.Context)) }, nil
}

// writeOutcome turns a failed Replace into what the user must know first:
// whether the new graph was committed, not committed, or (a connection
// lost during the commit) unknown, and then how to check.
func writeOutcome(ctx context.Context, command string, err error) error {
	switch ie, isInterrupt := interrupted(ctx); {
	case errors.Is(err, graph.ErrCommitUnknown):
		return fmt.Errorf("%s: write graph: %w\nhint: see which graph is stored with 'kg stats' or 'kg export', and run kg %s again if it is the old one", command, err, command)
	case errors.Is(err, graph.ErrLockLost):
		return fmt.Errorf("%s: write graph: %w", command, err)
	case isInterrupt:
		return fmt.Errorf("%s: %w before the new graph was committed; the stored graph is unchanged", command, ie)
	}
	return fmt.Errorf("%s: write graph: %w; the stored graph is unchanged", command, err)
}

// readFailure adds to an error reading the stored graph the way out of a
// damaged graph file.
func readFailure(err error) error {
	if errors.Is(err, embedded.ErrDamaged) {
		return fmt.Errorf("%w\nhint: 'kg ingest --reset [PATH...]' rebuilds the graph from the documents (entity ids are not carried over); move the file away first to keep it", err)
	}
	return err
}
