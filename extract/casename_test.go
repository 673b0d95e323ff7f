package extract_test

import (
	"testing"

	"github.com/kgbuild/kg/graph"
)

// TestCaseName checks that a full name between an article and the noun of
// a case is a character's, and that an institution's name there, which
// opens with no first name, is not.
func TestCaseName(t *testing.T) {
	for _, tc := range []struct{ name, text, who, want string }{
		{"case", "A year after closing the Nora Vance case, the detective quits.\n", "Nora Vance", graph.Character},
		{"murder", "The squad still works the Nora Vance murder in the second season.\n", "Nora Vance", graph.Character},
		{"institution", "The squad still works the Harbor Trust case in the second season.\n", "Harbor Trust", graph.Organization},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := trialDocs(t, tc.text)[0]
			if got := mentionType(x, tc.who); got != tc.want {
				t.Errorf("%q: type %q (rule %q), want %q", tc.who, got, mentionRule(x, tc.who), tc.want)
			}
		})
	}
}
