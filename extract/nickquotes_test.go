package extract

import (
	"strings"
	"testing"
)

// TestNicknameTailLen checks which quotation marks after a word are read
// as a nickname inside a name.
func TestNicknameTailLen(t *testing.T) {
	cases := []struct {
		name, text, word string
		want             string // the text the tail covers, "" for none
	}{
		{"straight double marks", `Robert "Bobby" Calder joins`, "Robert", ` "Bobby" C`},
		{"curly double marks", "Robert “Bobby” Calder joins", "Robert", " “Bobby” C"},
		{"curly single marks", "Thomas Ray ‘Tom’ Calder joins", "Ray", " ‘Tom’ C"},
		{"straight single marks", "Thomas 'Tom' Calder joins", "Thomas", " 'Tom' C"},
		{"single marks after no given name", "the Spin-Off ‘Harbor’ Returns", "Off", ""},
		{"an apostrophe", "Thomas O’Brien joins", "Thomas", ""},
		{"a possessive", "Thomas’ Calder joins", "Thomas", ""},
		{"nothing capitalised after", "Thomas ‘Tom’ joins", "Thomas", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			i := strings.Index(c.text, c.word)
			w := word{Text: c.word, Start: i, End: i + len(c.word)}
			n := nicknameTailLen(c.text, w)
			if got := c.text[w.End : w.End+n]; got != c.want {
				t.Errorf("nicknameTailLen(%q, %q) covers %q, want %q", c.text, c.word, got, c.want)
			}
		})
	}
}
