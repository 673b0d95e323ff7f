package main

import (
	"regexp"
	"testing"
)

// TestUsageNamesEveryFlag checks that each command's usage line shows
// every flag it has, so that --help's first line does not hide one.
func TestUsageNamesEveryFlag(t *testing.T) {
	for _, cmd := range commands() {
		for _, f := range cmd.Flags {
			found := false
			for _, n := range f.Names() {
				found = found || regexp.MustCompile(`(^|[\s\[])--?`+regexp.QuoteMeta(n)+`\b`).MatchString(cmd.UsageText)
			}
			if !found {
				t.Errorf("kg %s: usage %q does not show --%s", cmd.Name, cmd.UsageText, f.Names()[0])
			}
		}
	}
}
