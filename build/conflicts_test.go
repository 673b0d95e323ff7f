package build

import (
	"testing"

	"github.com/kgbuild/kg/graph"
)

func TestSpellingOf(t *testing.T) {
	for _, tc := range []struct {
		name, canonical, typ, variant string
		want                          bool
	}{
		{"accents", "Renée Ballard", graph.Character, "Renee Ballard", true},
		{"near-spelling", "Samira Parker", graph.Character, "Zamira Parker", true},
		{"a-clipped-given-name-is-a-form", "Walter Longmire", graph.Character, "Walt Longmire", false},
		{"a-familiar-given-name-is-a-form", "Deborah Morgan", graph.Character, "Deb Morgan", false},
		{"no-middle-name-is-a-form", "Debra Charlotte Morgan", graph.Character, "Debra Morgan", false},
		{"an-organizations-shorter-name", "Amazon Prime Video", graph.Organization, "Prime Video", true},
		{"a-short-form", "Renée Ballard", graph.Character, "Ballard", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := spellingOf(graph.Entity{Name: tc.canonical, Type: tc.typ}, tc.variant); got != tc.want {
				t.Errorf("spellingOf(%q, %q) = %v, want %v", tc.canonical, tc.variant, got, tc.want)
			}
		})
	}
}
