package extract_test

import (
	"testing"

	"github.com/kgbuild/kg/graph"
)

// TestStoryAgentByIsNoPersonCue checks that "by" brings in a real person
// after a verb of a work's making or casting, and not after another
// passive verb, whose agent may as well be one of the story's people. It
// reads the trial reading, where each rule gives its own verdict.
func TestStoryAgentByIsNoPersonCue(t *testing.T) {
	for _, tc := range []struct {
		name, text, who string
		cue             bool // typed a person by personCue
	}{
		{"written-by", "The pilot was written by Dana Whitfield and shot in spring.\n", "Dana Whitfield", true},
		{"played-by", "The detective is played by Dana Whitfield in the new season.\n", "Dana Whitfield", true},
		{"executive-produced-by", "The drama is executive produced by Dana Whitfield and shot in spring.\n", "Dana Whitfield", true},
		{"bare-by", "The new novel by Dana Whitfield sold well.\n", "Dana Whitfield", true},
		{"brought-back-by", "He was brought back into the field by Dana Whitfield and worked cases again.\n", "Dana Whitfield", false},
		{"rescued-by", "The young agent had been rescued by Dana Whitfield years before.\n", "Dana Whitfield", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := trialDocs(t, tc.text)[0]
			got := mentionType(x, tc.who) == graph.Person && mentionRule(x, tc.who) == "person-cue"
			if got != tc.cue {
				t.Errorf("%q: type %q (rule %q), want person-cue %v", tc.who, mentionType(x, tc.who), mentionRule(x, tc.who), tc.cue)
			}
		})
	}
}
