package pipeline

import (
	"math"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"sync/atomic"
)

// gcTune sets the garbage collector's percentage for one run that
// re-ingests from memos (see Config.ReingestGCPercent), and puts back the
// one it found.
type gcTune struct {
	once sync.Once
	old  int
	set  bool
	// on is set while the raised percentage is in force.
	on atomic.Bool
}

// raised reports whether the run's percentage is raised at present.
func (g *gcTune) raised() bool { return g.on.Load() }

// startGC sets percent for the run when it may re-ingest from memos: a
// stored graph's stamp is known and the memos are read. The run's
// documents are not known yet; see gcTune.memosRead.
func (p *Pipeline) startGC() *gcTune {
	g := &gcTune{}
	if p.gcPercent > 0 && p.memos != nil && !p.fresh && p.stamp != "" {
		g.old, g.set = debug.SetGCPercent(p.gcPercent), true
		g.on.Store(true)
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
			g.on.Store(false)
		}
	})
}

// heapCap keeps a run's memory near its live heap: after each collection
// it sets the collector's memory limit (see debug.SetMemoryLimit) to
// headroom percent over the largest live heap the run has had, so that
// the heap does not grow to twice its live part, as the collector's
// percentage alone lets it, where that would pass the run's peak by more
// than the headroom. Below that peak the percentage rules as before, at
// no cost. A run whose collector's percentage is raised for a re-ingest
// (see gcTune) is left to it; a limit the user set (GOMEMLIMIT) is kept.
type heapCap struct {
	headroom int64
	tune     *gcTune
	old      int64
	mu       sync.Mutex
	peak     int64
	stopped  bool
	sample   [len(capMetrics)]metrics.Sample
}

// capFloor is the least limit the cap sets: below it the collector's
// cycles would be many for little memory.
const capFloor = 64 << 20

// startCap starts the cap for one run with headroom percent (0: no cap)
// and returns the function that ends it and puts back the limit found.
func startCap(headroom int, tune *gcTune) (stop func()) {
	old := debug.SetMemoryLimit(-1)
	if headroom <= 0 || old != math.MaxInt64 {
		return func() {}
	}
	h := &heapCap{headroom: int64(headroom), tune: tune, old: old}
	for i, name := range capMetrics {
		h.sample[i].Name = name
	}
	h.arm()
	return func() {
		h.mu.Lock()
		defer h.mu.Unlock()
		h.stopped = true
		debug.SetMemoryLimit(h.old)
	}
}

// gcSignal is an object whose only use is to be collected: its finalizer
// tells that a collection ended. It holds a pointer so that it is not
// allocated among tiny objects, whose finalizers may never run.
type gcSignal struct{ _ *int }

// arm asks to be told, by a finalizer, when the next collection ends.
func (h *heapCap) arm() {
	runtime.SetFinalizer(&gcSignal{}, func(*gcSignal) {
		if h.update() {
			h.arm()
		}
	})
}

// update sets the limit from what the last collection left and reports
// whether the cap still runs. The limit leaves headroom percent of the
// live heap over the memory in use (the live heap, what was allocated
// while the collection ran, the room lost between objects and the
// runtime's own records): over a limit made of the live heap alone, the
// collector ran again and again while the heap grew. It is not set below
// headroom percent over the largest live heap, so that below the run's
// peak the collector runs as seldom as its percentage allows, and the
// pages freed there are given back rather than kept.
func (h *heapCap) update() bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.stopped {
		return false
	}
	if h.tune.raised() {
		debug.SetMemoryLimit(h.old)
		h.peak = 0
		return true
	}
	metrics.Read(h.sample[:])
	live := int64(h.sample[0].Value.Uint64())
	var other int64 // mapped, not given back, neither free nor objects
	if s := h.sample; s[1].Value.Uint64() >= s[2].Value.Uint64()+s[3].Value.Uint64()+s[4].Value.Uint64() {
		other = int64(s[1].Value.Uint64() - s[2].Value.Uint64() - s[3].Value.Uint64() - s[4].Value.Uint64())
	}
	h.peak = max(h.peak, live)
	debug.SetMemoryLimit(max(h.peak+h.peak*h.headroom/100, live+live*h.headroom/100+other, capFloor))
	return true
}

// capMetrics are the runtime's figures the cap reads: the live heap, the
// memory mapped, and the part of it given back or free.
var capMetrics = [...]string{"/gc/heap/live:bytes", "/memory/classes/total:bytes", "/memory/classes/heap/released:bytes",
	"/memory/classes/heap/free:bytes", "/memory/classes/heap/objects:bytes"}
