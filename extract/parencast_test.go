package extract_test

import (
	"slices"
	"testing"
)

// TestParenCastItem checks that the description of a list item written
// "Character (Actor) – description" is read as a cast line's, of the
// character it opens with.
func TestParenCastItem(t *testing.T) {
	const cast = "Main cast\n\n* Ana Reyes (Mara Quill) – a homicide inspector.\n"
	for _, tc := range []struct {
		name, item, want string
	}{
		{"dash", "* Tom Vale (Lena Hart) – Ana's loyal partner.\n", "Tom Vale PARTNER_OF Ana"},
		{"em-dash", "* Tom Vale (Lena Hart) — Ana's brother.\n", "Tom Vale RELATIVE_OF Ana"},
		{"title-before-the-name", "* Inspector Tom Vale (Lena Hart) – Ana's partner. He was up for promotion.\n", "Tom Vale PARTNER_OF Ana"},
		{"no-actor", "* Tom Vale – Ana's partner.\n", "-"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := extractDocs(t, cast+tc.item)[0]
			got := claimTriples(x, "PARTNER_OF", "RELATIVE_OF")
			if tc.want == "-" && len(got) > 0 || tc.want != "-" && !slices.Contains(got, tc.want) {
				t.Errorf("claims %q, want %q", got, tc.want)
			}
		})
	}
}
