package names

import "testing"

// TestDemonymCompound checks which hyphenated words are adjectives of
// origin.
func TestDemonymCompound(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"Irish-American", true},
		{"African-American", true},
		{"Korean-Canadian", true},
		{"Irish", false},
		{"Falk-Morrow", false},
		{"Irish-born", false},
		{"Anglo-Saxon", false},
	} {
		if got := DemonymCompound(c.w); got != c.want {
			t.Errorf("DemonymCompound(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}
