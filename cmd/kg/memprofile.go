package main

import (
	"bytes"
	"fmt"
	"runtime/metrics"
	"runtime/pprof"
	"time"

	"github.com/kgbuild/kg/graph/embedded"
)

// peakEvery is how often the live heap is looked at while a peak heap
// profile is wanted: often enough to catch a phase's peak, seldom enough
// to cost nothing measurable.
const peakEvery = 100 * time.Millisecond

// startPeakProfile watches the live heap (what the last collection left)
// and writes a Go heap profile to path each time it reaches a new peak,
// more than a tenth over the last one written, so that the file ends
// holding what was live when memory was highest: a profile taken at the
// end of an ingest would show only what the store keeps. The function
// returned stops the watch; it reports the peak seen and the error of
// the last write, if any. A profile is written at once, so that a path
// that cannot be written stops the ingest before any work.
func startPeakProfile(path string) (stop func() (uint64, error), err error) {
	if err := writeHeapProfile(path); err != nil {
		return nil, err
	}
	done := make(chan struct{})
	result := make(chan peakResult, 1)
	go func() {
		sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		var r peakResult
		var written uint64
		tick := time.NewTicker(peakEvery)
		defer tick.Stop()
		for {
			select {
			case <-done:
				result <- r
				return
			case <-tick.C:
			}
			metrics.Read(sample)
			live := sample[0].Value.Uint64()
			if live > r.peak {
				r.peak = live
			}
			if live > written+written/10 {
				written = live
				r.err = writeHeapProfile(path)
			}
		}
	}()
	return func() (uint64, error) {
		close(done)
		r := <-result
		return r.peak, r.err
	}, nil
}

// peakResult is what a peak profile's watch found.
type peakResult struct {
	peak uint64
	err  error
}

// writeHeapProfile writes the heap profile as of the last collection to
// path, atomically, so that the profile of an earlier peak stays whole if
// this one fails.
func writeHeapProfile(path string) error {
	var buf bytes.Buffer
	if err := pprof.WriteHeapProfile(&buf); err != nil {
		return fmt.Errorf("heap profile %s: %w", path, err)
	}
	if err := embedded.WriteFileAtomic(path, buf.Bytes()); err != nil {
		return fmt.Errorf("heap profile: %w", err)
	}
	return nil
}
