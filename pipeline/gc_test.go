package pipeline

import (
	"math"
	"runtime"
	"runtime/debug"
	"testing"
)

// TestReingestGC checks when a run sets the collector's percentage, that
// a run finding many documents without a memo puts it back at once, and
// that the end of a run always does.
func TestReingestGC(t *testing.T) {
	cache, err := NewDirCache(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name          string
		cfg           Config
		missing, docs int
		wantSet       bool // during the run, after its memos are read
	}{
		{"re-ingest from memos", Config{Memos: cache, Stamp: "s", ReingestGCPercent: 300}, 1, 100, true},
		{"a quarter without memos", Config{Memos: cache, Stamp: "s", ReingestGCPercent: 300}, 25, 100, true},
		{"most without memos", Config{Memos: cache, Stamp: "s", ReingestGCPercent: 300}, 26, 100, false},
		{"no stored graph", Config{Memos: cache, ReingestGCPercent: 300}, 0, 100, false},
		{"no memos", Config{Stamp: "s", ReingestGCPercent: 300}, 0, 100, false},
		{"fresh", Config{Memos: cache, Stamp: "s", Fresh: true, ReingestGCPercent: 300}, 0, 100, false},
		{"not asked", Config{Memos: cache, Stamp: "s"}, 0, 100, false},
	}
	before := debug.SetGCPercent(100)
	defer debug.SetGCPercent(before)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := New(tt.cfg)
			if err != nil {
				t.Fatal(err)
			}
			g := p.startGC()
			g.memosRead(tt.missing, tt.docs)
			during := debug.SetGCPercent(100)
			debug.SetGCPercent(during)
			if set := during == 300; set != tt.wantSet {
				t.Errorf("percentage during the run %d, want it set: %v", during, tt.wantSet)
			}
			g.restore()
			g.restore()
			if after := debug.SetGCPercent(100); after != 100 {
				t.Errorf("percentage after the run %d, want 100", after)
			}
		})
	}
}

// TestHeapCap checks that the cap sets the collector's memory limit after
// a collection, not below its floor, only when asked and when no limit
// was set before, not while a re-ingest's raised percentage is in force,
// and that it puts back the limit it found.
func TestHeapCap(t *testing.T) {
	tests := []struct {
		name     string
		headroom int
		found    int64 // the limit before the run
		raised   bool
		wantCap  bool
	}{
		{"asked", 50, math.MaxInt64, false, true},
		{"not asked", 0, math.MaxInt64, false, false},
		{"the user's limit", 50, 1 << 40, false, false},
		{"raised percentage", 50, math.MaxInt64, true, false},
	}
	before := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(before)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			debug.SetMemoryLimit(tt.found)
			g := &gcTune{}
			g.on.Store(tt.raised)
			stop := startCap(tt.headroom, g)
			limit := tt.found
			for try := 0; try < 50 && limit == tt.found; try++ {
				runtime.GC() // the finalizer runs after the collection
				runtime.Gosched()
				limit = debug.SetMemoryLimit(-1)
			}
			if capped := limit != tt.found; capped != tt.wantCap {
				t.Errorf("limit during the run %d (found %d), want it set: %v", limit, tt.found, tt.wantCap)
			}
			if tt.wantCap && limit < capFloor {
				t.Errorf("limit %d below the floor %d", limit, capFloor)
			}
			stop()
			if after := debug.SetMemoryLimit(-1); after != tt.found {
				t.Errorf("limit after the run %d, want %d", after, tt.found)
			}
		})
	}
}
