package embedded_test

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/graph/embedded"
	"github.com/kgbuild/kg/graph/storetest"
)

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) graph.Store {
		s, err := embedded.Open(t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestLocking(t *testing.T) {
	storetest.RunLocking(t, func(t *testing.T) (a, b storetest.LockingStore) {
		dir := t.TempDir()
		a, err := embedded.Open(dir)
		if err != nil {
			t.Fatal(err)
		}
		b, err = embedded.Open(dir)
		if err != nil {
			t.Fatal(err)
		}
		return a, b
	})
}

func TestLockRemovesLeftovers(t *testing.T) {
	dir := t.TempDir()
	s, err := embedded.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	left := filepath.Join(dir, ".graph.json.tmp-1234")
	other := filepath.Join(dir, "notes.txt")
	for _, f := range []string{left, other} {
		if err := os.WriteFile(f, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	unlock, err := s.Lock(context.Background(), "test", time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer unlock(context.Background())
	if _, err := os.Stat(left); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a killed write's temporary file is still there after Lock: %v", err)
	}
	if _, err := os.Stat(other); err != nil {
		t.Errorf("Lock removed a file that is not a write's leftover: %v", err)
	}
}

func TestDamagedFileSaysSo(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, embedded.FileName), []byte(`{"entities": [`), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := embedded.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Load(context.Background()); !errors.Is(err, embedded.ErrDamaged) {
		t.Fatalf("Load of a damaged file = %v, want embedded.ErrDamaged", err)
	}
}
