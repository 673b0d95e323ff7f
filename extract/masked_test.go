package extract

import (
	"strconv"
	"testing"
)

// TestMarkerNumbers checks that markerNumbers finds the markers markerRe
// finds.
func TestMarkerNumbers(t *testing.T) {
	cases := []struct{ name, text string }{
		{"none", "no marker here"},
		{"one", "created by «0»"},
		{"several", "«0», «12» and «3»'s son"},
		{"adjacent", "«1»«2»"},
		{"unclosed", "«12 and «3»"},
		{"no digits", "«» then «x» then «4»"},
		{"a marker inside another's digits", "«12«3»"},
		{"at the ends", "«7»"},
		{"guillemets of prose", "he said «non» and «5»"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var want []int
			for _, m := range markerRe.FindAllStringSubmatch(c.text, -1) {
				k, _ := strconv.Atoi(m[1])
				want = append(want, k)
			}
			got := markerNumbers(c.text)
			if len(got) != len(want) {
				t.Fatalf("markerNumbers(%q) = %v, markerRe finds %v", c.text, got, want)
			}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("markerNumbers(%q) = %v, markerRe finds %v", c.text, got, want)
				}
			}
		})
	}
}
