package layout

import (
	"slices"
	"testing"
)

// TestGenerationalSuffix checks that a field value keeps the generational
// suffix after its comma ("Harold Vale, Jr."), and that such a value still
// reads as a bare name.
func TestGenerationalSuffix(t *testing.T) {
	for _, c := range []struct {
		v    string
		want []string
	}{
		{"Harold Vale , (father) , Harold Vale, Jr. , (brother)", []string{"Harold Vale , (father)", "Harold Vale, Jr. , (brother)"}},
		{"Ann Roe, Sr. (grandmother), Dora Vale", []string{"Ann Roe, Sr. (grandmother)", "Dora Vale"}},
		{"Tom Vale, Junior League", []string{"Tom Vale", "Junior League"}},
	} {
		var got []string
		for _, sp := range splitValues(0, c.v) {
			got = append(got, sp.Text)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("splitValues(%q) = %q, want %q", c.v, got, c.want)
		}
	}
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Harold Vale, Jr.", true},
		{"Harold Vale Sr.", true},
		{"Harold Vale, Esq.", false},
		{"Jr.", false},
	} {
		if got := IsName(c.s); got != c.want {
			t.Errorf("IsName(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
