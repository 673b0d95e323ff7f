package main

import (
	"fmt"
	"os"
	"testing"
)

// TestMain points the user's cache directory (on Linux and the BSDs) at a
// temporary one for the whole run: an ingest into Neo4j keeps its parse
// cache there, and tests must leave nothing in the home directory of
// whoever runs them.
//
// With KG_TEST_RUN_MAIN=1 the test binary is kg itself: tests that send
// signals or kill a run start it so, as a process of its own.
func TestMain(m *testing.M) {
	if os.Getenv("KG_TEST_RUN_MAIN") == "1" {
		main()
		return
	}
	dir, err := os.MkdirTemp("", "kg-test-cache-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Setenv("XDG_CACHE_HOME", dir)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}
