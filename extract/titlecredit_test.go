package extract_test

import (
	"testing"

	"github.com/kgbuild/kg/graph"
)

// TestTitleBeforeCredit checks that a run of capitalised words before a
// credit's noun and a full name is the work, not a person, and that a
// full name before such a noun, or a run before a credit noun with no
// name after it, is left to other rules.
func TestTitleBeforeCredit(t *testing.T) {
	for _, tc := range []struct{ name, text, who, want string }{
		{"creator", "The drama comes from Rolling Tides creator Dana Whitfield this year.\n", "Rolling Tides", graph.Series},
		{"possessive", "The drama comes from Rolling Tides’ producer Dana Whitfield this year.\n", "Rolling Tides", graph.Series},
		{"person-first", "The drama stars Laura Penn and producer Dana Whitfield this year.\n", "Laura Penn", graph.Person},
		{"no-name-after", "The drama comes from Rolling Tides producer and writer this year.\n", "Rolling Tides", ""}, // common words: a weak candidate, no person
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := trialDocs(t, tc.text)[0]
			if got := mentionType(x, tc.who); got != tc.want {
				t.Errorf("%q: type %q (rule %q), want %q", tc.who, got, mentionRule(x, tc.who), tc.want)
			}
		})
	}
}
