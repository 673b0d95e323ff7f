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

// TestSubsume checks that a document giving a fate and the more general
// one it entails gives only the specific one, while another document's
// general value stays.
func TestSubsume(t *testing.T) {
	tp := topic{"fate", "character:ivy"}
	fv := &factValues{values: map[topic]map[string]map[string]string{}}
	fv.add(tp, "murder", "a", "the murder of Ivy")
	fv.add(tp, "death", "a", "Ivy's death")
	fv.add(tp, "death", "b", "Ivy's death")
	fv.add(tp, "disappearance", "c", "Ivy vanished")
	fv.subsume()
	want := map[string][]string{"murder": {"a"}, "death": {"b"}, "disappearance": {"c"}}
	if len(fv.values[tp]) != len(want) {
		t.Fatalf("values %v, want %v", fv.values[tp], want)
	}
	for v, docs := range want {
		if len(fv.values[tp][v]) != len(docs) {
			t.Errorf("%s given by %v, want %v", v, fv.values[tp][v], docs)
		}
		for _, d := range docs {
			if _, ok := fv.values[tp][v][d]; !ok {
				t.Errorf("%s not given by %s", v, d)
			}
		}
	}
	fv.add(tp, "death", "a", "again")
	delete(fv.values[tp], "death")
	fv.add(tp, "death", "a", "Ivy's death")
	fv.subsume()
	if _, ok := fv.values[tp]["death"]; ok {
		t.Errorf("death kept though the only document giving it gives murder: %v", fv.values[tp])
	}
}
