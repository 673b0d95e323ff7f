package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgbuild/kg/pipeline"
)

func TestIngestProgress(t *testing.T) {
	store := filepath.Join(t.TempDir(), "store")
	var out, errb bytes.Buffer
	if err := run(context.Background(), []string{"kg", "--store", store, "ingest", cliSources, "--progress"}, &out, &errb); err != nil {
		t.Fatalf("ingest: %v\n%s", err, errb.String())
	}
	for _, want := range []string{"kg: parsed 1 of 5 documents\n", "kg: parsed 5 of 5 documents\n", "kg: extract...\n", "kg: reconcile...\n", "kg: build...\n", "kg: writing "} {
		if !strings.Contains(errb.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, errb.String())
		}
	}
	// Without --progress and without a terminal, stderr stays quiet.
	errb.Reset()
	if err := run(context.Background(), []string{"kg", "--store", store, "ingest", cliSources}, &out, &errb); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(errb.String(), "parsed") {
		t.Errorf("progress lines without --progress:\n%s", errb.String())
	}
}

func TestProgressPrinter(t *testing.T) {
	tests := []struct {
		name  string
		steps []pipeline.Step
		want  string
	}{
		{"few documents: every one", []pipeline.Step{{Stage: "parse", Done: 1, Total: 2}, {Stage: "parse", Done: 2, Total: 2}},
			"kg: parsed 1 of 2 documents\nkg: parsed 2 of 2 documents\n"},
		{"many documents: tenths and the last", []pipeline.Step{{Stage: "parse", Done: 1, Total: 100}, {Stage: "parse", Done: 10, Total: 100},
			{Stage: "parse", Done: 11, Total: 100}, {Stage: "parse", Done: 100, Total: 100}},
			"kg: parsed 10 of 100 documents\nkg: parsed 100 of 100 documents\n"},
		{"a large document", []pipeline.Step{{Stage: "parse", Document: "big\nname.txt", Size: 5e6}},
			`kg: parsing "big\nname.txt" (5.0 MB): a large document takes a while` + "\n"},
		{"a stage", []pipeline.Step{{Stage: "reconcile"}}, "kg: reconcile...\n"},
	}
	for _, tc := range tests {
		var b bytes.Buffer
		p := &progressPrinter{w: &b}
		for _, s := range tc.steps {
			p.step(s)
		}
		if b.String() != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, b.String(), tc.want)
		}
	}
}
