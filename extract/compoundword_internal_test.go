package extract

import "testing"

// TestCompoundWord checks which words are compounds of a name and a word
// in small letters.
func TestCompoundWord(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"SL-favourite", true},
		{"Leeds-based", true},
		{"Emmy-winner", true},
		{"Falk-Morrow", false},
		{"X-ray", false},
		{"Southend-on-Sea", false},
		{"well-known", false},
		{"Harbor", false},
		{"Spin-off", false},
	} {
		if got := compoundWord(c.w); got != c.want {
			t.Errorf("compoundWord(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}
