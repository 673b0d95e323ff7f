package resolve

import (
	"fmt"
	"strings"
	"testing"
)

// TestUnlinkedShortsOneNote checks that a short name left unlinked in many
// documents with many candidates gives each candidate one note, naming the
// first documents and candidates and counting the rest, instead of a note
// per document that repeats every candidate.
func TestUnlinkedShortsOneNote(t *testing.T) {
	tests := []struct {
		name        string
		docs, cands int
		want        string
	}{
		{"one document, two candidates", 1, 2, `"Vole" in d0 left unlinked: it fits ann vole0, ann vole1`},
		{"the same document twice", 1, 2, `"Vole" in d0 left unlinked: it fits ann vole0, ann vole1`},
		{"documents and candidates past the lists' lengths", maxNoteDocs + 2, maxNoteFits + 3,
			`"Vole" in d0, d1, d2, d3, d4 and 2 other documents left unlinked: it fits ann vole0, ann vole1, ann vole2, ann vole3, ann vole4, ann vole5, ann vole6, ann vole7 and 3 others`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var cands []*group
			for i := 0; i < tt.cands; i++ {
				cands = append(cands, &group{typ: "Character", key: fmt.Sprintf("ann vole%d", i)})
			}
			var u unlinkedShorts
			for d := 0; d < tt.docs; d++ {
				u.add("Vole", fmt.Sprintf("d%d", d), cands)
				u.add("Vole", fmt.Sprintf("d%d", d), cands) // a second mention in the same document
			}
			for _, c := range cands {
				ms := u.merges(c)
				if len(ms) != 1 {
					t.Fatalf("%s: %d notes, want 1: %v", c.key, len(ms), ms)
				}
				if ms[0].text != tt.want || ms[0].rule != "short-name-unlinked" {
					t.Errorf("%s:\n got %s %q\nwant short-name-unlinked %q", c.key, ms[0].rule, ms[0].text, tt.want)
				}
			}
		})
	}
	var u unlinkedShorts
	a, b, c := &group{key: "ann vole"}, &group{key: "bo vole"}, &group{key: "cy vole"}
	u.add("Vole", "d0", []*group{a, b})
	u.add("Vole", "d1", []*group{a, c})
	if got := len(u.merges(a)); got != 2 {
		t.Errorf("a name that fitted two sets of candidates: %d notes on the shared one, want 2", got)
	}
	if got := u.merges(b)[0].text; !strings.Contains(got, "in d0 left") {
		t.Errorf("note on a candidate of one set: %q", got)
	}
}

// TestUnlinkedStrangerNote checks that a short name kept from its only
// candidate because nothing ties their documents leaves its own note on
// the candidate, apart from the notes of names that fitted several.
func TestUnlinkedStrangerNote(t *testing.T) {
	var u unlinkedShorts
	a, b := &group{key: "ann vole"}, &group{key: "bo vole"}
	u.addStranger("Ann", "d0", a)
	u.addStranger("Ann", "d1", a)
	u.add("Vole", "d0", []*group{a, b})
	ms := u.merges(a)
	if len(ms) != 2 {
		t.Fatalf("%d notes, want 2: %v", len(ms), ms)
	}
	want := `"Ann" in d0, d1 left unlinked: it fits ann vole, but no series tells, and those documents name no one in full that this entity's documents name`
	if ms[0].rule != "short-name-stranger" || ms[0].text != want {
		t.Errorf("got %s %q\nwant short-name-stranger %q", ms[0].rule, ms[0].text, want)
	}
	if ms[1].rule != "short-name-unlinked" {
		t.Errorf("second note by %s, want short-name-unlinked", ms[1].rule)
	}
}
