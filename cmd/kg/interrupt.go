package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"syscall"
)

// interruptError is the cause of the context of a run that a signal ended
// (SIGINT from Ctrl-C, SIGTERM from timeout, kill or docker stop).
type interruptError struct{ sig os.Signal }

// Error names the signal.
func (e interruptError) Error() string { return "interrupted by " + signalName(e.sig) }

// exitCode is the shell's convention for a process ended by the signal:
// 128 plus its number (130 for SIGINT, 143 for SIGTERM).
func (e interruptError) exitCode() int {
	if s, ok := e.sig.(syscall.Signal); ok {
		return 128 + int(s)
	}
	return exitError
}

func signalName(sig os.Signal) string {
	switch sig {
	case os.Interrupt:
		return "SIGINT"
	case syscall.SIGTERM:
		return "SIGTERM"
	}
	return fmt.Sprint(sig)
}

// interrupted returns the interruptError that ended ctx, if a signal did.
func interrupted(ctx context.Context) (interruptError, bool) {
	var ie interruptError
	ok := errors.As(context.Cause(ctx), &ie)
	return ie, ok
}
