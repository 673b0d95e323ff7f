//go:build !unix

package embedded

import "os"

// lockFile always succeeds where flock does not exist: writers are then
// not kept apart.
func lockFile(*os.File) (bool, error) { return true, nil }

// unlockFile closes f.
func unlockFile(f *os.File) error { return f.Close() }
