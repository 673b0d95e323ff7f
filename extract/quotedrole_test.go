package extract_test

import (
	"testing"

	"github.com/kgbuild/kg/graph"
)

// TestQuotedRoleBeforeActor checks that a role set in quotation marks
// before its actor's name in parentheses is a character's, a full name
// or a lone first name, and that a lone first name with no quotation
// marks is still left to the lexicon.
func TestQuotedRoleBeforeActor(t *testing.T) {
	for _, tc := range []struct{ name, text, who, want string }{
		{"quoted-full-name", "Her husband keeps running to his mother, “Ada Greene” (Jane Tolliver), for help.\n", "Ada Greene", graph.Character},
		{"quoted-first-name", "Her doting husband “Wayland” (Tom Fellowes) keeps running to his mother.\n", "Wayland", graph.Character},
		{"quoted-actor", "Her doting husband “Wayland” (Tom Fellowes) keeps running to his mother.\n", "Tom Fellowes", graph.Person},
		{"bare-first-name", "Her doting husband Wayland (Tom Fellowes) keeps running to his mother.\n", "Wayland", "-"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := trialDocs(t, tc.text)[0]
			if got := mentionType(x, tc.who); got != tc.want && !(tc.want == "-" && mentionRule(x, tc.who) != "paren-character") {
				t.Errorf("%q: type %q (rule %q), want %q", tc.who, got, mentionRule(x, tc.who), tc.want)
			}
		})
	}
}
