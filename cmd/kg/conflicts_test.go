package main

import (
	"bytes"
	"context"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/kgbuild/kg/graph"
)

// ingestSeed ingests the seed sources into a fresh store and returns the
// --store flag value.
func ingestSeed(t *testing.T) string {
	t.Helper()
	store := t.TempDir()
	var out, errb bytes.Buffer
	if err := run(context.Background(), []string{"kg", "--store", store, "ingest", "../../sources/ballard"}, &out, &errb); err != nil {
		t.Fatalf("ingest: %v\n%s", err, errb.String())
	}
	return store
}

func TestConflictsOnSeed(t *testing.T) {
	store := ingestSeed(t)
	var out, errb bytes.Buffer
	if err := run(context.Background(), []string{"kg", "--store", store, "conflicts", "--json"}, &out, &errb); err != nil {
		t.Fatalf("conflicts: %v\n%s", err, errb.String())
	}
	var cs []graph.Conflict
	if err := json.Unmarshal(out.Bytes(), &cs); err != nil {
		t.Fatal(err)
	}
	docsOf := func(kind, subject, value string) []string {
		for _, c := range cs {
			if c.Kind == kind && c.Subject == subject {
				for _, v := range c.Values {
					if v.Value == value {
						return v.Documents
					}
				}
			}
		}
		return nil
	}
	const (
		d000 = "000_dee6675af200ba18"
		d001 = "001_2f2b5dcddfb59a86"
		d002 = "002_ee6f08d6101e13f5"
		d003 = "003_c720d0bdedcd237d"
		d004 = "004_7e01e6e73a6f2d4d"
	)
	tests := []struct {
		name, kind, subject, value string
		want                       []string
	}{
		{"Zamira in the encyclopedia", "spelling", "character:zamira-parker", "Zamira Parker", []string{d002}},
		{"Samira elsewhere", "spelling", "character:zamira-parker", "Samira Parker", []string{d001, d003, d004}},
		{"Renee without accent", "spelling", "character:renee-ballard", "Renee Ballard", []string{d001, d003}},
		{"Prime Video short name", "spelling", "organization:amazon-prime-video", "Prime Video", []string{d000, d001, d003}},
		{"renewed", "renewal status", "series:ballard", "renewed", []string{d001, d002}},
		{"not renewed", "renewal status", "series:ballard", "not renewed", []string{d004}},
		{"disappearance", "fate", "character:sarah", "disappearance", []string{d001}},
		{"murder", "fate", "character:sarah", "murder", []string{d002, d004}},
	}
	for _, c := range cs {
		if k, err := conflictKind(c.Kind); err != nil || k != c.Kind {
			t.Errorf("the seed graph has conflicts of kind %q, which --kind does not accept", c.Kind)
		}
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := docsOf(tt.kind, tt.subject, tt.value); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("%s %s %q: documents %v, want %v", tt.kind, tt.subject, tt.value, got, tt.want)
			}
		})
	}
}

func TestConflictsKind(t *testing.T) {
	store := ingestSeed(t)
	tests := []struct {
		name, kind string
		code       int
		want       []string // lines of stdout, or stderr on failure
	}{
		{"one kind", "fate", exitOK, []string{"fate: fate of Sarah"}},
		{"case ignored", "Renewal Status", exitOK, []string{"renewal status: renewal status of Ballard"}},
		{"unknown kind", "bogus", exitUsage, []string{`conflicts: unknown kind "bogus" (want one of: spelling, fate, renewal status)`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := runKGWant(t, tt.code, "--store", store, "conflicts", "--kind", tt.kind)
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
		})
	}
}

func TestExplainKeepsNamesakesApart(t *testing.T) {
	store := ingestSeed(t)
	tests := []struct {
		name, query string
		want, not   []string
	}{
		{"short surname linked in its document", "Olivas", []string{"character:robert-olivas", `"Olivas" in 004_7e01e6e73a6f2d4d`, "kept apart from Janet Olivas"}, []string{"character:janet-olivas  Janet Olivas"}},
		{"accent-free spelling finds the character", "renee ballard", []string{"character:renee-ballard", "Renee Ballard", "kept apart from Ballard (series:ballard)"}, []string{"series:ballard  Ballard"}},
		{"near spelling merged with its evidence", "Samira Parker", []string{"character:zamira-parker", "played by courtney taylor"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			if err := run(context.Background(), []string{"kg", "--store", store, "explain", tt.query}, &out, &errb); err != nil {
				t.Fatalf("explain: %v\n%s", err, errb.String())
			}
			for _, w := range tt.want {
				if !strings.Contains(out.String(), w) {
					t.Errorf("explain %q lacks %q:\n%s", tt.query, w, out.String())
				}
			}
			for _, n := range tt.not {
				if strings.Contains(out.String(), n) {
					t.Errorf("explain %q mentions %q:\n%s", tt.query, n, out.String())
				}
			}
		})
	}
	var out, errb bytes.Buffer
	err := run(context.Background(), []string{"kg", "--store", store, "explain", "Nobody At All"}, &out, &errb)
	if exitCode(err, &errb) != exitError {
		t.Errorf("explain of an unknown name: exit %d, want %d", exitCode(err, &errb), exitError)
	}
}
