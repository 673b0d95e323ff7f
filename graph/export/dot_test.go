package export

import (
	"bytes"
	"context"
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestDOTGolden(t *testing.T) {
	var b bytes.Buffer
	if err := DOT(&b, fixture()); err != nil {
		t.Fatal(err)
	}
	goldenFile(t, "fixture.dot", b.Bytes())
}

func TestDOTQuote(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "Harry Bosch", `"Harry Bosch"`},
		{"non-ASCII kept", "Renée Ballard", `"Renée Ballard"`},
		{"quotes", `Hieronymus "Harry" Bosch`, `"Hieronymus \"Harry\" Bosch"`},
		{"backslash is not an escape", `a\nb`, `"a\\nb"`},
		{"trailing backslash cannot eat the quote", `C:\`, `"C:\\"`},
		{"newline", "two\nlines", `"two\nlines"`},
		{"carriage return dropped", "a\r\nb", `"a\nb"`},
		{"graph syntax stays text", `x"]; evil -> "y`, `"x\"]; evil -> \"y"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := dotQuote(tt.in); got != tt.want {
				t.Errorf("dotQuote(%q) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
}

// TestDOTRenders draws the fixture with Graphviz and checks that every
// entity became a node and every relation an edge, and that the escaped
// names came out as written.
func TestDOTRenders(t *testing.T) {
	dot, err := exec.LookPath("dot")
	if err != nil {
		t.Skip("Graphviz dot not on PATH (apt-get install graphviz); skipping the rendering check")
	}
	g := fixture()
	var in bytes.Buffer
	if err := DOT(&in, g); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, dot, "-Tsvg")
	cmd.Stdin = &in
	var out, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("dot -Tsvg: %v\n%s", err, stderr.String())
	}
	if stderr.Len() > 0 {
		t.Errorf("dot warned: %s", stderr.String())
	}
	svg := out.String()
	nodes := len(regexp.MustCompile(`<g id="node\d+" class="node">`).FindAllString(svg, -1))
	if want := len(g.Entities) + 1; nodes != want {
		t.Errorf("SVG has %d nodes, want %d (entities plus legend)", nodes, want)
	}
	edges := len(regexp.MustCompile(`<g id="edge\d+" class="edge">`).FindAllString(svg, -1))
	if edges != len(g.Relations) {
		t.Errorf("SVG has %d edges, want %d", edges, len(g.Relations))
	}
	for _, want := range []string{"Renée Ballard", "LAPD &quot;Cold Case&quot; Unit \\ Hollywood", "PLAYS"} {
		if !strings.Contains(svg, want) {
			t.Errorf("SVG lacks %q", want)
		}
	}
}
