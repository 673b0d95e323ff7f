//go:build unix

package neo4j_test

import (
	"syscall"
	"time"
)

// ownCPU returns the processor seconds (user and system) this process has
// spent: the client's side of a write.
func ownCPU() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}
