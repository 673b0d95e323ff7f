package extract

import (
	"strings"
	"testing"
)

// TestQuotedLast checks where a name before an actor's note starts when
// quotation marks set it off.
func TestQuotedLast(t *testing.T) {
	cases := []struct {
		name, text, span, want string
		quoted                 bool
	}{
		{"quoted after a title", "the Sheriff “Ray Hobb” (Tom Fell)", "Sheriff “Ray Hobb”", "Ray Hobb”", true},
		{"straight marks", `the Sheriff "Ray Hobb" (Tom Fell)`, `Sheriff "Ray Hobb"`, `Ray Hobb"`, true},
		{"one quoted word", "his son, “Skeeter” (Joe Pell)", "Skeeter", "Skeeter", true},
		{"a nickname inside the name", "Ray “Red” Hobb (Tom Fell)", "Ray “Red” Hobb", "Ray “Red” Hobb", false},
		{"no marks", "Ray Hobb (Tom Fell)", "Ray Hobb", "Ray Hobb", false},
		{"the whole span quoted", "“Ray Hobb” (Tom Fell)", "Ray Hobb”", "Ray Hobb”", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cs := strings.Index(c.text, c.span)
			got, quoted := quotedLast(c.text, cs, cs+len(c.span))
			if c.text[got:cs+len(c.span)] != c.want || quoted != c.quoted {
				t.Errorf("quotedLast(%q) = %q, %v; want %q, %v", c.span, c.text[got:cs+len(c.span)], quoted, c.want, c.quoted)
			}
		})
	}
}
