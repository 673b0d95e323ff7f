package pipeline

import (
	"runtime/debug"
	"sync"
)

// gcTune sets the garbage collector's percentage for one run that
// re-ingests from memos (see Config.ReingestGCPercent), and puts back the
// one it found.
type gcTune struct {
	once sync.Once
	old  int
	set  bool
}

// startGC sets percent for the run when it may re-ingest from memos: a
// stored graph's stamp is known and the memos are read. The run's
// documents are not known yet; see gcTune.memosRead.
func (p *Pipeline) startGC() *gcTune {
	g := &gcTune{}
	if p.gcPercent > 0 && p.memos != nil && !p.fresh && p.stamp != "" {
		g.old, g.set = debug.SetGCPercent(p.gcPercent), true
	}
	return g
}

// memosRead is told how many of a run's documents have no memo: when more
// than a quarter, the run parses and reads like a first ingest, and its
// peak memory, which the collector's setting raises, matters more than
// the collector's time, so the setting found is put back.
func (g *gcTune) memosRead(missing, docs int) {
	if 4*missing > docs {
		g.restore()
	}
}

// restore puts back the percentage found; it may be called more than once.
func (g *gcTune) restore() {
	g.once.Do(func() {
		if g.set {
			debug.SetGCPercent(g.old)
		}
	})
}
