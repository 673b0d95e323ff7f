package main

import (
	"io"
	"reflect"
	"strings"
	"testing"
)

func TestFlagsFirst(t *testing.T) {
	tests := []struct {
		name string
		args string
		want string
		err  string
	}{
		{name: "flag after a path", args: "kg ingest sources --reset", want: "kg ingest --reset -- sources"},
		{name: "flags already first", args: "kg ingest --reset sources", want: "kg ingest --reset -- sources"},
		{name: "no arguments", args: "kg stats", want: "kg stats"},
		{name: "global flags stay before the command", args: "kg --store x ingest --no-cache p",
			want: "kg --store x ingest --no-cache -- p"},
		{name: "global flag value that looks like a command", args: "kg --store ingest ingest p --no-cache",
			want: "kg --store ingest ingest --no-cache -- p"},
		{name: "a flag's value moves with it", args: "kg query cast --param series=A --json",
			want: "kg query --param series=A --json -- cast"},
		{name: "short flag and value", args: "kg query path -p from=A -p to=B", want: "kg query -p from=A -p to=B -- path"},
		{name: "name=value form", args: "kg export x --format=dot", want: "kg export --format=dot -- x"},
		{name: "-- ends the flags", args: "kg ingest a -- --reset", want: "kg ingest -- a --reset"},
		{name: "- is an argument", args: "kg ingest - --reset", want: "kg ingest --reset -- -"},
		{name: "unknown flag moves for the parser to report", args: "kg ingest a --bogus", want: "kg ingest --bogus -- a"},
		{name: "help drops the arguments", args: "kg explain Tutu --help", want: "kg explain --help"},
		{name: "unknown command left alone", args: "kg ingset a --reset", want: "kg ingset a --reset"},
		{name: "a value flag at the end", args: "kg query cast --param", err: "query: flag --param needs a value"},
	}
	app := newApp(io.Discard, io.Discard)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := flagsFirst(app, strings.Fields(tt.args))
			if tt.err != "" {
				if err == nil || err.Error() != tt.err {
					t.Fatalf("flagsFirst(%s) = %q, %v; want error %q", tt.args, got, err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if want := strings.Fields(tt.want); !reflect.DeepEqual(got, want) {
				t.Errorf("flagsFirst(%s) = %q, want %q", tt.args, got, want)
			}
		})
	}
}

// TestFlagsAfterArguments runs commands with their flags after their
// arguments, as people type them.
func TestFlagsAfterArguments(t *testing.T) {
	corpus, n := cliCorpus(t)
	store := t.TempDir()
	cliMustRun(t, "--store", store, "ingest", corpus)
	r := cliMustRun(t, "--store", store, "ingest", corpus, "--reset")
	checkSummary(t, r.stdout, n, 0) // reset: nothing is carried over, so nothing is "unchanged"
	r = cliMustRun(t, "--store", store, "explain", "Zamira Parker", "--help")
	if !strings.Contains(r.stdout, "kg explain") {
		t.Errorf("explain NAME --help shows no help:\n%s", r.stdout)
	}
}
