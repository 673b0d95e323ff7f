package extract_test

import (
	"testing"

	"github.com/kgbuild/kg/graph"
)

// TestPerformerPossessive checks that a full name in the possessive before
// a performance, a portrayal or a take on a role is a person's, also on
// a recap page where a guessed name is a character's, and also for the
// first of two names sharing the possessive; a character's possessive
// before anything else stays a character's.
func TestPerformerPossessive(t *testing.T) {
	recap := "== Recap ==\nIn the finale, Nora Vance kills the mayor and flees the town.\n"
	for _, tc := range []struct{ name, text, who, want string }{
		{"performance", recap + "Critics loved Lena Marsh’s performance in the finale.\n", "Lena Marsh", graph.Person},
		{"take-on", recap + "It is darker than Lena Marsh and Tom Fell‘s take on the same characters.\n", "Lena Marsh", graph.Person},
		{"take-on-second", recap + "It is darker than Lena Marsh and Tom Fell‘s take on the same characters.\n", "Tom Fell", graph.Person},
		{"turn-as", recap + "Lena Marsh’s turn as the mayor is the best thing here.\n", "Lena Marsh", graph.Person},
		{"story-possessive", recap + "Then Nora Vance finds Ada Greene’s car in the river.\n", "Ada Greene", graph.Character},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := extractDocs(t, tc.text)[0]
			if got := mentionType(x, tc.who); got != tc.want {
				t.Errorf("%q: type %q (rule %q), want %q", tc.who, got, mentionRule(x, tc.who), tc.want)
			}
		})
	}
}
