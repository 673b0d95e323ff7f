package sources_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/kgbuild/kg/sources"
)

// TestREADMEStatesLimits checks that the README tells users the largest
// file kg reads and the readers it has, as the code has them.
func TestREADMEStatesLimits(t *testing.T) {
	data, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	for _, want := range []string{
		fmt.Sprintf("%d MiB", sources.DefaultMaxSize>>20),
		"--follow-symlinks",
		"UTF-16",
	} {
		if !strings.Contains(readme, want) {
			t.Errorf("README.md does not mention %q", want)
		}
	}
}
