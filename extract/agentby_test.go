package extract_test

import (
	"testing"

	"github.com/kgbuild/kg/graph"
)

// TestStoryAgentByIsNoPersonCue checks that "by" brings in a real person
// after a verb of a work's making or casting, and not after another
// passive verb, whose agent may as well be one of the story's people.
func TestStoryAgentByIsNoPersonCue(t *testing.T) {
	for _, tc := range []struct{ name, text, who, want string }{
		{"written-by", "The pilot was written by Dana Whitfield and shot in spring.\n", "Dana Whitfield", graph.Person},
		{"played-by", "The detective is played by Dana Whitfield in the new season.\n", "Dana Whitfield", graph.Person},
		{"bare-by", "The new novel by Dana Whitfield sold well.\n", "Dana Whitfield", graph.Person},
		{"brought-back-by", "He was brought back into the field by Dana Whitfield and worked cases again.\n", "Dana Whitfield", ""},
		{"hired-by", "The young agent had been hired by Dana Whitfield years before.\n", "Dana Whitfield", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := extractDocs(t, tc.text)[0]
			got := mentionType(x, tc.who)
			if tc.want == "" && got == graph.Person && mentionRule(x, tc.who) == "person-cue" || tc.want != "" && got != tc.want {
				t.Errorf("%q: type %q (rule %q), want %q", tc.who, got, mentionRule(x, tc.who), tc.want)
			}
		})
	}
}
