package extract

import "testing"

func TestPluralTitle(t *testing.T) {
	for _, c := range []struct {
		name, text string
		i          int
		want       bool
	}{
		{"after another title", "Special Agents Tavis Orrin", 1, true},
		{"before a known given name", "Detectives Ann Roe", 0, true},
		{"before an unknown word", "Detectives Orrin Tavis", 0, false},
		{"a place", "Kings Cross", 0, false},
		{"no title", "Rangers Ann Roe", 0, false},
		{"a singular title", "Special Agent Ann Roe", 1, false},
		{"too few words after", "Special Agents Roe", 1, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := pluralTitle(wordSpans(c.text), c.i); got != c.want {
				t.Errorf("pluralTitle(%q, %d) = %v, want %v", c.text, c.i, got, c.want)
			}
		})
	}
}
