package resolve

import (
	"fmt"
	"slices"
	"testing"

	"github.com/kgbuild/kg/graph"
)

func TestKeptApart(t *testing.T) {
	ent := func(id, typ, name string) graph.Entity { return graph.Entity{ID: id, Type: typ, Name: name} }
	rule := func(name string) func([]graph.Entity, [][]string) {
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
			name: "three-of-one-surname-share-their-notes", rule: "same-surname",
			es: []graph.Entity{ent("c:gary", graph.Character, "Gary Pearlman"), ent("c:jake", graph.Character, "Jake Pearlman"),
				ent("c:lou", graph.Character, "Lou Pearlman")},
			want: map[string][]string{
				"c:gary": {"kept apart from Jake Pearlman (c:jake): same surname, different given names",
					"kept apart from Lou Pearlman (c:lou): same surname, different given names"},
				"c:jake": {"kept apart from Gary Pearlman (c:gary): same surname, different given names",
					"kept apart from Lou Pearlman (c:lou): same surname, different given names"},
				"c:lou": {"kept apart from Gary Pearlman (c:gary): same surname, different given names",
					"kept apart from Jake Pearlman (c:jake): same surname, different given names"},
			},
		},
		{
			name: "a-large-surname-group-counts-its-others", rule: "same-surname",
			es:   manyOfSurname(surnameListed+1, "Pearlman"),
			want: notesOfAll(surnameListed+1, fmt.Sprintf("kept apart from %d others with the surname Pearlman: different given names", surnameListed)),
		},
		{
			name: "one-name-three-types-each-told-by-its-type", rule: "same-name-other-type",
			es: []graph.Entity{ent("s:m", graph.Series, "Marlowe"), ent("c:m", graph.Character, "Marlowe"),
				ent("o:m", graph.Organization, "Marlowe")},
			want: map[string][]string{
				"s:m": {"kept apart from Marlowe (c:m): same name, but a character, not a series",
					"kept apart from Marlowe (o:m): same name, but a organization, not a series"},
				"c:m": {"kept apart from Marlowe (s:m): same name, but a series, not a character",
					"kept apart from Marlowe (o:m): same name, but a organization, not a character"},
				"o:m": {"kept apart from Marlowe (s:m): same name, but a series, not a organization",
					"kept apart from Marlowe (c:m): same name, but a character, not a organization"},
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
			notes := make([][]string, len(tc.es))
			rule(tc.rule)(tc.es, notes)
			for i, e := range tc.es {
				if !slices.Equal(notes[i], tc.want[e.ID]) {
					t.Errorf("%s notes %q, want %q", e.ID, notes[i], tc.want[e.ID])
				}
			}
		})
	}
}

// manyOfSurname makes n characters of one surname with different given
// names, in id order.
func manyOfSurname(n int, surname string) []graph.Entity {
	es := make([]graph.Entity, n)
	for i := range es {
		given := string(rune('A'+i)) + "nn"
		es[i] = graph.Entity{ID: fmt.Sprintf("c:%02d", i), Type: graph.Character, Name: given + " " + surname}
	}
	return es
}

// notesOfAll is the want of n entities made by manyOfSurname that each
// note the one text.
func notesOfAll(n int, text string) map[string][]string {
	want := map[string][]string{}
	for i := 0; i < n; i++ {
		want[fmt.Sprintf("c:%02d", i)] = []string{text}
	}
	return want
}
