package pipeline

import (
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
