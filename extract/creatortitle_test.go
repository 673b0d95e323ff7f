package extract_test

import (
	"testing"

	"github.com/kgbuild/kg/graph"
)

// TestCreatorOfTitle checks that on a recap page, where a guessed name is
// a character's, a full name in the possessive before a title that closes
// the clause stays a person's, while a name in the possessive before
// things of the story, a place or a known character stays a character's.
func TestCreatorOfTitle(t *testing.T) {
	recap := "== Recap ==\nIn the finale, Nora Vance kills the mayor and flees to Boston.\n"
	for _, tc := range []struct{ name, text, who, want string }{
		{"film", recap + "The romance is darker than in Tom Fellowes’s Nightcrawler.\n", "Tom Fellowes", graph.Person},
		{"lower-case-thing", recap + "Then she finds Tom Fellowes’s car in the river.\n", "Tom Fellowes", graph.Character},
		{"place", recap + "She hides in Tom Fellowes’s Boston.\n", "Tom Fellowes", graph.Character},
		{"character", recap + "She hides with Tom Fellowes’s Nora.\n", "Tom Fellowes", graph.Character},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := extractDocs(t, tc.text)[0]
			if got := mentionType(x, tc.who); got != tc.want {
				t.Errorf("%q: type %q (rule %q), want %q", tc.who, got, mentionRule(x, tc.who), tc.want)
			}
		})
	}
}
