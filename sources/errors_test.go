package sources_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgbuild/kg/sources"
)

func TestDisplayPath(t *testing.T) {
	tests := []struct{ name, path, want string }{
		{"plain", "corpus/a.txt", "corpus/a.txt"},
		{"spaces and accents stay", "my notes/Renée.txt", "my notes/Renée.txt"},
		{"line break", "a\nkg: skipped forged.txt", `"a\nkg: skipped forged.txt"`},
		{"carriage return", "a\rb.txt", `"a\rb.txt"`},
		{"terminal escape", "a\x1b[31mred.txt", `"a\x1b[31mred.txt"`},
		{"bidirectional override", "invoice\u202etxt.exe", `"invoice\u202etxt.exe"`},
		{"not UTF-8", "caf\xe9.txt", `"caf\xe9.txt"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sources.DisplayPath(tt.path); got != tt.want {
				t.Errorf("DisplayPath(%q) = %s, want %s", tt.path, got, tt.want)
			}
		})
	}
}

// TestProblemOneLine checks that a problem is one line whatever the file
// is called, so that a file name cannot forge another message.
func TestProblemOneLine(t *testing.T) {
	p := sources.Problem{Path: "dir/evil\nkg: skipped other.txt: empty file", Err: errors.New("empty file")}
	if got := p.Error(); strings.Contains(got, "\n") {
		t.Errorf("Error() = %q spans lines", got)
	}
	p = sources.Problem{Path: "x.txt", Err: errors.New("open x\n.txt: denied")}
	if got := p.Error(); strings.Contains(got, "\n") {
		t.Errorf("Error() = %q spans lines: the error's text is escaped too", got)
	}
}

// TestLoaderNamesWithControls loads a folder holding a file whose name has
// a line break: its problem is one line naming the file escaped.
func TestLoaderNamesWithControls(t *testing.T) {
	dir := t.TempDir()
	name := "bad\nkg: skipped fake.txt: empty file.txt"
	if err := os.WriteFile(filepath.Join(dir, name), nil, 0o644); err != nil {
		t.Skipf("cannot make such a file here: %v", err)
	}
	writeFiles(t, dir, map[string]string{"good.txt": good})
	_, probs, err := sources.Loader{}.Load(context.Background(), []string{dir})
	if err != nil || len(probs) != 1 {
		t.Fatalf("Load: %v, problems %v", err, probs)
	}
	msg := probs[0].Error()
	if strings.Count(msg, "\n") != 0 || !strings.Contains(msg, `bad\nkg: skipped fake.txt`) {
		t.Errorf("problem %q, want one line with the name escaped", msg)
	}
}
