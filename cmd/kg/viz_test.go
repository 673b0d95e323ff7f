package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/graph/embedded"
)

// vizGraph is a small graph around Renée Ballard: her actor, colleague,
// family, series, and one entity two hops away (Los Angeles).
func vizGraph() *graph.Graph {
	return &graph.Graph{
		Documents: []graph.Document{{ID: "doc1", Path: "sources/ballard.txt", Hash: "h"}},
		Entities: []graph.Entity{
			{ID: "character:renee-ballard", Type: graph.Character, Name: "Renée Ballard", Aliases: []string{"Ballard"}},
			{ID: "person:maggie-q", Type: graph.Person, Name: "Maggie Q"},
			{ID: "character:harry-bosch", Type: graph.Character, Name: "Harry Bosch"},
			{ID: "character:tutu", Type: graph.Character, Name: "Tutu"},
			{ID: "series:ballard", Type: graph.Series, Name: "Ballard"},
			{ID: "place:los-angeles", Type: graph.Place, Name: "Los Angeles"},
		},
		Relations: []graph.Relation{
			{From: "person:maggie-q", Type: "PLAYS", To: "character:renee-ballard", Sources: []string{"doc1"}},
			{From: "character:renee-ballard", Type: "PARTNER_OF", To: "character:harry-bosch", Sources: []string{"doc1"}},
			{From: "character:renee-ballard", Type: "RELATIVE_OF", To: "character:tutu", Sources: []string{"doc1"}},
			{From: "character:renee-ballard", Type: "APPEARS_IN", To: "series:ballard", Sources: []string{"doc1"}},
			{From: "series:ballard", Type: "SET_IN", To: "place:los-angeles", Sources: []string{"doc1"}},
		},
		Mentions: []graph.Mention{{Entity: "character:renee-ballard", Document: "doc1", Count: 4}},
	}
}

// vizStore writes g to a new embedded store and returns its directory.
func vizStore(t *testing.T, g *graph.Graph) string {
	t.Helper()
	dir := t.TempDir()
	st, err := embedded.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Replace(context.Background(), g); err != nil {
		t.Fatal(err)
	}
	return dir
}

// runKGWant runs kg with args, fails the test unless it exits with code,
// and returns what it said: its standard output, or on failure its
// standard error.
func runKGWant(t *testing.T, code int, args ...string) string {
	t.Helper()
	got, stdout, stderr := runKG(t, args...)
	if got != code {
		t.Fatalf("exit %d, want %d; stderr: %s", got, code, stderr)
	}
	if got != exitOK {
		return stderr
	}
	return stdout
}

// runKG runs kg in-process and returns its exit code and output.
func runKG(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	err := run(context.Background(), append([]string{"kg"}, args...), &out, &errOut)
	code = exitCode(err, &errOut)
	return code, out.String(), errOut.String()
}

var svgNode = regexp.MustCompile(`<g id="node\d+" class="node">`)

func TestViz(t *testing.T) {
	if _, err := exec.LookPath("dot"); err != nil {
		t.Skip("Graphviz dot not on PATH (apt-get install graphviz); TestVizWithoutGraphviz covers this case")
	}
	store := vizStore(t, vizGraph())
	outDir := t.TempDir()
	tests := []struct {
		name     string
		args     []string
		file     string // output file, "" for stdout
		code     int
		nodes    int      // SVG nodes, legend included
		has      []string // in the SVG or, on failure, in stderr
		hasNot   []string
		filePNG  bool
		stderrRe string
	}{
		{name: "whole graph to a file", args: []string{"-o", filepath.Join(outDir, "all.svg")}, file: "all.svg",
			nodes: 7, has: []string{"Renée Ballard", "Los Angeles", "PLAYS", "SET_IN"}},
		{name: "neighbourhood to stdout", args: []string{"--entity", "renée ballard"},
			nodes: 6, has: []string{"Harry Bosch", "Maggie Q", "Tutu"}, hasNot: []string{"Los Angeles"}},
		{name: "neighbourhood depth 2", args: []string{"--entity", "Maggie Q", "--depth", "2"},
			nodes: 6, has: []string{"Harry Bosch", "Ballard"}, hasNot: []string{"Los Angeles"}},
		{name: "png by extension", args: []string{"-o", filepath.Join(outDir, "all.png")}, file: "all.png", filePNG: true},
		{name: "unknown entity", args: []string{"--entity", "Jerry Edgar"}, code: 1, stderrRe: `no entity is called "Jerry Edgar"`},
		{name: "depth without entity", args: []string{"--depth", "2"}, code: 2, stderrRe: `--depth needs --entity`},
		{name: "negative depth", args: []string{"--entity", "Maggie Q", "--depth", "-1"}, code: 2, stderrRe: `--depth must be 0 or more`},
		{name: "unknown output format", args: []string{"-o", filepath.Join(outDir, "x.gif")}, code: 2, stderrRe: `want a \.svg, \.png or \.pdf file`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runKG(t, append([]string{"--store", store, "viz"}, tt.args...)...)
			if code != tt.code {
				t.Fatalf("exit code %d, want %d; stderr:\n%s", code, tt.code, stderr)
			}
			if tt.stderrRe != "" && !regexp.MustCompile(tt.stderrRe).MatchString(stderr) {
				t.Errorf("stderr = %q, want match for %s", stderr, tt.stderrRe)
			}
			if tt.code != 0 {
				return
			}
			got := stdout
			if tt.file != "" {
				if stdout != "" {
					t.Errorf("wrote %d bytes to stdout as well as to -o", len(stdout))
				}
				data, err := os.ReadFile(filepath.Join(outDir, tt.file))
				if err != nil {
					t.Fatal(err)
				}
				got = string(data)
			}
			if tt.filePNG {
				if !strings.HasPrefix(got, "\x89PNG") {
					t.Errorf("-o .png did not write a PNG")
				}
				return
			}
			if !strings.Contains(got, "<svg") {
				t.Fatalf("output is not SVG: %.200q", got)
			}
			if n := len(svgNode.FindAllString(got, -1)); n != tt.nodes {
				t.Errorf("SVG has %d nodes, want %d", n, tt.nodes)
			}
			for _, s := range tt.has {
				if !strings.Contains(got, s) {
					t.Errorf("SVG lacks %q", s)
				}
			}
			for _, s := range tt.hasNot {
				if strings.Contains(got, s) {
					t.Errorf("SVG has %q, which is outside the neighbourhood", s)
				}
			}
		})
	}
}

// TestVizWithoutGraphviz checks that a machine without Graphviz gets exit
// code 1 and a message saying what to install or do instead.
func TestVizWithoutGraphviz(t *testing.T) {
	store := vizStore(t, vizGraph())
	t.Setenv("PATH", t.TempDir()) // an empty directory: no dot
	code, stdout, stderr := runKG(t, "--store", store, "viz")
	if code != 1 {
		t.Fatalf("exit code %d, want 1; stderr:\n%s", code, stderr)
	}
	if stdout != "" {
		t.Errorf("stdout = %q, want nothing", stdout)
	}
	for _, want := range []string{"install Graphviz", "kg export --format dot"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr = %q, want it to mention %q", stderr, want)
		}
	}
}
