package extract_test

import (
	"testing"

	"github.com/kgbuild/kg/graph"
)

// TestPersonGivenNameCue checks that a full name whose first name the
// corpus knows alone as a character's is typed a person's where the words
// around it speak of a real person (a critic, an interview, a
// publication's writer), and a character's otherwise.
func TestPersonGivenNameCue(t *testing.T) {
	cast := castWith("- Lena Marsh as Quill, a nurse")
	for _, tc := range []struct{ name, text, want string }{
		{"story-stays-character", "In the finale Quill Vance walks into the sea.\n", graph.Character},
		{"interview-with", "In an interview with Quill Vance, the actress spoke of the ending.\n", graph.Person},
		{"outlet-possessive", "Harbor Weekly's Quill Vance reviews the final season.\n", graph.Person},
		{"reviews-after", "Quill Vance reviews the final season of the drama.\n", graph.Person},
		{"said-after", "Quill Vance said the ending was earned.\n", graph.Person},
	} {
		t.Run(tc.name, func(t *testing.T) {
			xs := extractDocs(t, cast, tc.text)
			if got := mentionType(xs[1], "Quill Vance"); got != tc.want {
				t.Errorf("type %q (rule %q), want %q", got, mentionRule(xs[1], "Quill Vance"), tc.want)
			}
		})
	}
}
