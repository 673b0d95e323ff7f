package extract_test

import (
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

// The typing cases of real people against fictional ones in running
// text, added to typingCases.
func init() {
	typingCases = append(typingCases, []typingCase{
		{"paren-actor-first", []string{"The network said actors Lena Marsh (Ivy Cole) and Tom Fell (Jack Vance) return.\n"}, "Lena Marsh", graph.Person},
		{"paren-actor-first", []string{"The network said actors Lena Marsh (Ivy Cole) and Tom Fell (Jack Vance) return.\n"}, "Tom Fell", graph.Person},
		{"paren-role-after", []string{"The network said actors Lena Marsh (Ivy Cole) and Tom Fell (Jack Vance) return.\n"}, "Jack Vance", graph.Character},
		{"paren-role-after", []string{"The revival stars Lena Marsh (Ivy Cole) once more.\n"}, "Ivy Cole", graph.Character},
		// Without an actor's word before it, the recap's order holds.
		{"paren-actor", []string{"In the finale Ivy Cole (Lena Marsh) returns home.\n"}, "Lena Marsh", graph.Person},
	}...)
}

// TestActorFirstOnlyAfterCue checks that "A (B)" is read actor first only
// after a word naming actors: elsewhere A is the role.
func TestActorFirstOnlyAfterCue(t *testing.T) {
	tests := []struct {
		name, text, who, typ string
	}{
		{"after actors", "The network said actors Lena Marsh (Ivy Cole) and Tom Fell (Jack Vance) return.\n", "Ivy Cole", graph.Character},
		{"second of the list", "The network said actors Lena Marsh (Ivy Cole) and Tom Fell (Jack Vance) return.\n", "Tom Fell", graph.Person},
		{"recap order", "In the finale Ivy Cole (Lena Marsh) returns home.\n", "Ivy Cole", graph.Character},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := trialDocs(t, tt.text)[0]
			if got := mentionField(x, tt.who, func(m extract.Mention) string { return m.Type }); got != tt.typ {
				t.Errorf("%q typed %q, want %q", tt.who, got, tt.typ)
			}
		})
	}
}
