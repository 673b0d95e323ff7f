//go:build unix

package embedded_test

import (
	"context"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/graph/embedded"
)

// TestLockReleasedWhileHolderRead covers a holder that releases the lock
// just as a writer that could not take it reads whom it is held by: the
// file is then empty, and the writer must take the free lock rather than
// fail naming "another process".
func TestLockReleasedWhileHolderRead(t *testing.T) {
	cases := []struct {
		name  string
		write func(s *embedded.Store) error
	}{
		{"Lock", func(s *embedded.Store) error {
			unlock, err := s.Lock(context.Background(), "kg ingest", 0)
			if err == nil {
				unlock(context.Background())
			}
			return err
		}},
		{"Replace", func(s *embedded.Store) error {
			return s.Replace(context.Background(), &graph.Graph{})
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			s, err := embedded.Open(dir)
			if err != nil {
				t.Fatal(err)
			}
			// Another process's lock, taken and not yet described:
			// the file stays empty, as a holder leaves it on release.
			f, err := os.OpenFile(filepath.Join(dir, embedded.LockName), os.O_CREATE|os.O_RDWR, 0o644)
			if err != nil {
				t.Fatal(err)
			}
			if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
				t.Fatal(err)
			}
			released := make(chan struct{})
			go func() {
				time.Sleep(100 * time.Millisecond)
				syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
				f.Close()
				close(released)
			}()
			err = c.write(s)
			<-released
			if err != nil {
				t.Fatalf("the lock was released while its holder was read, yet: %v", err)
			}
		})
	}
}
