package embedded

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/kgbuild/kg/graph"
)

// LockName is the file in the store directory that writers lock. It holds
// the holder's description while it is locked, so that a writer that has to
// wait can say whom for.
const LockName = "lock"

// lockPoll is how often Lock tries again while another process holds the
// lock.
const lockPoll = 25 * time.Millisecond

var _ graph.Locker = (*Store)(nil)

// Lock takes the store's writer lock: an exclusive lock of the operating
// system on the file LockName, which the system releases when the process
// ends however it ends, so a killed writer never leaves the store locked.
// With the lock held, it removes the temporary files of writes that a
// killed process left behind.
func (s *Store) Lock(ctx context.Context, owner string, wait time.Duration) (func(context.Context) error, error) {
	start := time.Now()
	for {
		f, err := s.tryLock()
		if err != nil {
			return nil, err
		}
		if f != nil {
			return s.hold(f, owner)
		}
		if time.Since(start) >= wait {
			f, h, err := s.whoHolds()
			if err != nil {
				return nil, err
			}
			if f != nil {
				return s.hold(f, owner)
			}
			return nil, &graph.LockedError{Store: s.dir, Holder: h, Waited: time.Since(start)}
		}
		select {
		case <-ctx.Done():
			return nil, context.Cause(ctx)
		case <-time.After(min(lockPoll, max(wait-time.Since(start), time.Millisecond))):
		}
	}
}

// hold records owner as the holder in the locked file f and returns the
// function that releases it.
func (s *Store) hold(f *os.File, owner string) (func(context.Context) error, error) {
	data, _ := json.Marshal(graph.Me(owner))
	if err := f.Truncate(0); err == nil {
		f.WriteAt(data, 0) // best effort: it only names the holder
	}
	s.mu.Lock()
	s.held = f
	s.mu.Unlock()
	s.removeLeftovers()
	released := false
	return func(context.Context) error {
		s.mu.Lock()
		defer s.mu.Unlock()
		if released {
			return nil
		}
		released = true
		s.held = nil
		f.Truncate(0)
		return unlockFile(f)
	}, nil
}

// tryLock opens the lock file and tries once to lock it: the open, locked
// file, nil when another holds the lock, or an error when the file cannot
// be opened.
func (s *Store) tryLock() (*os.File, error) {
	f, err := os.OpenFile(filepath.Join(s.dir, LockName), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, fmt.Errorf("lock store %s: %w", s.dir, err)
	}
	ok, err := lockFile(f)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("lock store %s: %w", s.dir, err)
	}
	if !ok {
		f.Close()
		return nil, nil
	}
	return f, nil
}

// holderWait bounds how long holder waits for a holder that has just
// taken the lock to write its description.
const holderWait = 500 * time.Millisecond

// holder reads who holds the lock, as the holder wrote it. A holder writes
// its description just after taking the lock, so an empty file is read
// again for a moment before it is taken for "another process".
func (s *Store) holder() graph.Holder {
	var h graph.Holder
	for start := time.Now(); ; time.Sleep(10 * time.Millisecond) {
		data, err := os.ReadFile(filepath.Join(s.dir, LockName))
		if err == nil && json.Unmarshal(data, &h) == nil && h.PID != 0 || time.Since(start) > holderWait {
			return h
		}
	}
}

// whoHolds reads who holds the lock, for the error of a writer that could
// not take it. A holder that releases the lock meanwhile empties the file,
// and a writer must not then fail naming "another process" for a lock that
// is free: so when no holder is named, the lock is tried once more, and f
// is the locked file when that succeeds.
func (s *Store) whoHolds() (*os.File, graph.Holder, error) {
	h := s.holder()
	if h.PID != 0 {
		return nil, h, nil
	}
	f, err := s.tryLock()
	return f, h, err
}

// writeLocked runs write with the writer lock held: the lock this handle
// holds, or else the lock taken for the moment of the write, failing with
// a *graph.LockedError when another holds it.
func (s *Store) writeLocked(write func() error) error {
	s.mu.Lock()
	held := s.held != nil
	s.mu.Unlock()
	if held {
		return write()
	}
	f, err := s.tryLock()
	if err != nil {
		return err
	}
	if f == nil {
		var h graph.Holder
		if f, h, err = s.whoHolds(); err != nil {
			return err
		}
		if f == nil {
			return &graph.LockedError{Store: s.dir, Holder: h}
		}
	}
	defer unlockFile(f)
	s.removeLeftovers()
	return write()
}

// removeLeftovers deletes the temporary files of writes that never
// finished (WriteFileAtomic removes its own unless the process is killed).
// It runs only with the writer lock held, so no write is under way.
func (s *Store) removeLeftovers() {
	matches, _ := filepath.Glob(filepath.Join(s.dir, tempPattern(FileName)))
	names, _ := filepath.Glob(filepath.Join(s.dir, tempPattern(NamesFileName)))
	matches = append(matches, names...)
	for _, m := range matches {
		if err := os.Remove(m); err != nil && !errors.Is(err, os.ErrNotExist) {
			continue // left for the next writer
		}
	}
}
