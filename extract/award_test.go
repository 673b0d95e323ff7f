package extract_test

import "testing"

// TestAwardRun checks that an award won, or named before "Award" with a
// trademark's sign, is no name, while a person after "with" is one.
func TestAwardRun(t *testing.T) {
	const lead = "The review is here.\n\n"
	for _, tc := range []struct{ name, text, who string }{
		{"won", lead + "The show's star won a Harbor Globe for his performance in January.\n", "Harbor Globe"},
		{"trademark-sign", lead + "The series stars Harbor Globe® Award nominee Ada Crane as a fixer.\n", "Harbor Globe"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := extractDocs(t, tc.text)[0]
			if mentionRule(x, tc.who) != "-" {
				t.Errorf("mention %q, want none (mentions %+v)", tc.who, x.Mentions)
			}
		})
	}
	x := extractDocs(t, lead+"The show's star shared the stage with Harbor Glover for his final scene.\n")[0]
	if mentionRule(x, "Harbor Glover") == "-" {
		t.Errorf("no mention %q (mentions %+v)", "Harbor Glover", x.Mentions)
	}
}
