package extract

import "testing"

// TestPostNominalStart checks which words ending a run are read as
// post-nominal letters rather than words of the name.
func TestPostNominalStart(t *testing.T) {
	cases := []struct {
		name  string
		words []string
		want  int
	}{
		{"one honour", []string{"Ann", "Roe", "OBE"}, 2},
		{"several letters", []string{"Ray", "Lee", "Hobb", "OBE", "DCM", "MP"}, 3},
		{"no letters", []string{"Ann", "Roe"}, 2},
		{"a lone word before them", []string{"Roe", "MP"}, 2},
		{"letters inside the run", []string{"Ann", "OBE", "Roe"}, 3},
		{"lower case is a word", []string{"Ann", "Roe", "Obe"}, 3},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ws := make([]word, len(c.words))
			for k, w := range c.words {
				ws[k] = word{Text: w}
			}
			if got := postNominalStart(ws, 0, len(ws)-1); got != c.want {
				t.Errorf("postNominalStart(%q) = %d, want %d", c.words, got, c.want)
			}
		})
	}
}
