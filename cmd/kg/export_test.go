package main

import (
	"strings"
	"testing"
)

func TestExportFormatCaseIgnored(t *testing.T) {
	store := vizStore(t, vizGraph())
	tests := []struct {
		format string
		code   int
		want   string // in stdout, or in stderr on failure
	}{
		{"DOT", exitOK, "digraph"},
		{"Json", exitOK, `"entities": [`},
		{"GraphML", exitOK, "<graphml"},
		{"xml", exitUsage, `unknown format "xml"`},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			code, stdout, stderr := runKG(t, "--store", store, "export", "-f", tt.format)
			if code != tt.code {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tt.code, stderr)
			}
			out := stdout
			if code != exitOK {
				out = stderr
			}
			if !strings.Contains(out, tt.want) {
				t.Errorf("output lacks %q: %.200s", tt.want, out)
			}
		})
	}
}
