package extract_test

import (
	"testing"

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
// after a word naming actors: elsewhere A is the role, as it is after one
// actor described with an article ("the famous actor A (B)"), a role.
func TestActorFirstOnlyAfterCue(t *testing.T) {
	checkTrialTypes(t, []trialTypeCase{
		{"after actors", []string{"The network said actors Lena Marsh (Ivy Cole) and Tom Fell (Jack Vance) return.\n"}, "Ivy Cole", graph.Character},
		{"second of the list", []string{"The network said actors Lena Marsh (Ivy Cole) and Tom Fell (Jack Vance) return.\n"}, "Tom Fell", graph.Person},
		{"recap order", []string{"In the finale Ivy Cole (Lena Marsh) returns home.\n"}, "Ivy Cole", graph.Character},
		{"an actor of the story", []string{"Jack is the son of the famous actor Ray Hobb (Tom Fell), who hates him.\n"}, "Ray Hobb", graph.Character},
		{"an actor of the story's actor", []string{"Jack is the son of the famous actor Ray Hobb (Tom Fell), who hates him.\n"}, "Tom Fell", graph.Person},
	})
}
