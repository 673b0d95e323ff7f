package extract

import (
	"strings"
	"testing"
)

// TestNicknameStart checks that a name whose title was trimmed off keeps
// the opening mark of the nickname it opens with, in every form of the
// marks, and that nothing else moves.
func TestNicknameStart(t *testing.T) {
	for _, c := range []struct{ name, text, run, want string }{
		{"curly double marks", "plays Officer “Dewey” Dudek, a", "Dewey” Dudek", "“Dewey” Dudek"},
		{"straight double marks", `plays Officer "Dewey" Dudek, a`, `Dewey" Dudek`, `"Dewey" Dudek`},
		{"curly single marks", "plays Officer ‘Dewey’ Dudek, a", "Dewey’ Dudek", "‘Dewey’ Dudek"},
		{"at the text's start", "“Dewey” Dudek is", "Dewey” Dudek", "“Dewey” Dudek"},
		{"marks that do not pair", "plays Officer “Dewey\" Dudek, a", "Dewey\" Dudek", "Dewey\" Dudek"},
		{"a quoted title before a name", "in “Low Tide” Ann Lowe plays", "Ann Lowe", "Ann Lowe"},
		{"a whole name quoted", "plays “Dewey Dudek”, a", "Dewey Dudek", "Dewey Dudek"},
		{"a mark inside a word", "Harbor“Dewey” Dudek", "Dewey” Dudek", "Dewey” Dudek"},
		{"no mark", "plays Officer Dewey Dudek, a", "Dewey Dudek", "Dewey Dudek"},
	} {
		t.Run(c.name, func(t *testing.T) {
			start := strings.Index(c.text, c.run)
			end := start + len(c.run)
			if got := c.text[nicknameStart(c.text, start, end):end]; got != c.want {
				t.Errorf("nicknameStart(%q) gives %q, want %q", c.run, got, c.want)
			}
		})
	}
}
