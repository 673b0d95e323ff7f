//go:build unix

package process

import (
	"errors"
	"syscall"
)

// Alive reports whether a process with this pid runs on this host (one
// owned by another user counts).
func Alive(pid int) bool {
	if pid <= 0 {
		return false
	}
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
