package extract_test

import (
	"testing"

	"github.com/kgbuild/kg/graph"
)

// TestJudgedAs checks that a critic's judgement of an actor "as" a role
// types the actor a person and the role a character, past a note on the
// actor's other work, after an award's category, and on a recap page; a
// name after "as" with no judgement or casting word before it is left to
// other rules.
func TestJudgedAs(t *testing.T) {
	for _, tc := range []struct{ name, text, who, want string }{
		{"actor-ideal-as", "The cast is strong. Lena Marsh (Dockside) is ideal as the mayoral candidate Ivy Cole, a secretive politician.\n", "Lena Marsh", graph.Person},
		{"role-ideal-as", "The cast is strong. Lena Marsh (Dockside) is ideal as the mayoral candidate Ivy Cole, a secretive politician.\n", "Ivy Cole", graph.Character},
		{"award-category", "The show won many awards, with Lena Marsh winning one for Best Supporting Actress as Ivy Cole.\n", "Ivy Cole", graph.Character},
		{"cast-as", "Last spring the studio cast her as the young nurse Ivy Cole in the new drama.\n", "Ivy Cole", graph.Character},
		{"known-as", "Then the company, known as Ivy Cole Limited, went under.\n", "Ivy Cole", "-"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := trialDocs(t, tc.text)[0]
			got := mentionType(x, tc.who)
			if tc.want == "-" && (mentionRule(x, tc.who) == "role-judged-as" || mentionRule(x, tc.who) == "actor-judged-as") || tc.want != "-" && got != tc.want {
				t.Errorf("%q: type %q (rule %q), want %q", tc.who, got, mentionRule(x, tc.who), tc.want)
			}
		})
	}
}
