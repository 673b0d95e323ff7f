package resolve

import (
	"slices"
	"testing"

	"github.com/kgbuild/kg/graph"
)

func TestKeptApart(t *testing.T) {
	ent := func(id, typ, name string) graph.Entity { return graph.Entity{ID: id, Type: typ, Name: name} }
	rule := func(name string) func([]graph.Entity) {
		for _, k := range keepApart {
			if k.name == name {
				return k.note
			}
		}
		t.Fatalf("no keep-apart rule %q", name)
		return nil
	}
	for _, tc := range []struct {
		name, rule string
		es         []graph.Entity
		want       map[string][]string // entity id -> notes
	}{
		{
			name: "same-surname-different-given-names", rule: "same-surname",
			es: []graph.Entity{ent("c:gary", graph.Character, "Gary Pearlman"), ent("c:jake", graph.Character, "Jake Pearlman"),
				ent("p:gary", graph.Person, "Ann Pearlman")},
			want: map[string][]string{
				"c:gary": {"kept apart from Jake Pearlman (c:jake): same surname, different given names"},
				"c:jake": {"kept apart from Gary Pearlman (c:gary): same surname, different given names"},
			},
		},
		{
			name: "same-name-two-types", rule: "same-name-other-type",
			es: []graph.Entity{ent("s:m", graph.Series, "Marlowe"), ent("c:m", graph.Character, "Marlowe")},
			want: map[string][]string{
				"s:m": {"kept apart from Marlowe (c:m): same name, but a character, not a series"},
				"c:m": {"kept apart from Marlowe (s:m): same name, but a series, not a character"},
			},
		},
		{
			name: "a-surname-that-is-a-series", rule: "bare-name-of-other-type",
			es: []graph.Entity{ent("s:m", graph.Series, "Marlowe"), ent("c:ivy", graph.Character, "Ivy Marlowe"),
				ent("o:m", graph.Organization, "Ivy Marlowe")},
			want: map[string][]string{
				"c:ivy": {`kept apart from Marlowe (s:m): the bare name "Marlowe" is the series's, and is no alias of this character`},
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			es := append([]graph.Entity(nil), tc.es...)
			rule(tc.rule)(es)
			for _, e := range es {
				if !slices.Equal(e.Merges, tc.want[e.ID]) {
					t.Errorf("%s notes %q, want %q", e.ID, e.Merges, tc.want[e.ID])
				}
			}
		})
	}
}
