// Package parallel runs independent pieces of work on all cores. The
// stages that work document by document (parsing, the readings of a
// phase of extraction) share it, so that one loop decides how work is
// handed out: each worker takes the next index until none is left, so a
// long document does not hold back a batch of short ones.
package parallel

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// Each runs f(0..n-1) on all cores and returns when every call has. The
// calls must be independent: their order is not defined.
func Each(n int, f func(i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < min(runtime.GOMAXPROCS(0), n); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1)) - 1; i < n; i = int(next.Add(1)) - 1 {
				f(i)
			}
		}()
	}
	wg.Wait()
}
