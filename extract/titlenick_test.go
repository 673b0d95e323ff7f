package extract_test

import (
	"slices"
	"testing"
)

// TestTitleBeforeNickname checks that a title word before a name that
// opens with a quoted nickname is split off without the nickname's opening
// mark, whatever form the marks take.
func TestTitleBeforeNickname(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{"curly double marks", "Harbor Lights is a crime drama. Tom Brandt plays Officer “Dewey” Dudek, a recovering alcoholic.", "“Dewey” Dudek"},
		{"straight double marks", `Harbor Lights is a crime drama. Tom Brandt plays Officer "Dewey" Dudek, a recovering alcoholic.`, `"Dewey" Dudek`},
		{"no title", "Harbor Lights is a crime drama. Tom Brandt plays Ray “Dewey” Dudek, a recovering alcoholic.", "Ray “Dewey” Dudek"},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := extractDocs(t, c.text)[0]
			var got []string
			for _, m := range x.Mentions {
				got = append(got, m.Name)
			}
			if !slices.Contains(got, c.want) {
				t.Errorf("mentions %q, want %q", got, c.want)
			}
		})
	}
}
