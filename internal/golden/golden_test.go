package golden

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// recorder is a testing.TB that records failures instead of stopping.
type recorder struct {
	testing.TB
	failed string
}

func (r *recorder) Errorf(format string, args ...any) { r.failed = format }
func (r *recorder) Helper()                           {}

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.golden")
	if err := os.WriteFile(path, []byte("a\nb\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		got  string
		fail bool
	}{
		{"same bytes", "a\nb\n", false},
		{"one line differs", "a\nc\n", true},
		{"a line more", "a\nb\nc\n", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := &recorder{TB: t}
			Check(r, path, []byte(tt.got))
			if (r.failed != "") != tt.fail {
				t.Errorf("Check(%q) failed=%v, want %v", tt.got, r.failed != "", tt.fail)
			}
		})
	}
	if d := firstDifference("a\nb\n", "a\nc\n"); !strings.Contains(d, "line 2") || !strings.Contains(d, "got: c") {
		t.Errorf("firstDifference = %q", d)
	}
}
