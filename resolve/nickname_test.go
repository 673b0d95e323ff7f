package resolve

import (
	"slices"
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

func TestNickname(t *testing.T) {
	const st = extract.SigStructure
	peg := `Marguerite "Peg" Lindahl`
	runRuleCases(t, []ruleCase{
		{
			name: "written-without-the-nickname",
			docs: []doc{
				{id: "a", ms: []extract.Mention{men(peg, graph.Character, st)}},
				{id: "b", ms: []extract.Mention{men("Marguerite Lindahl", graph.Character, st)}},
			},
			want: []string{`Character{Marguerite "Peg" Lindahl, Marguerite Lindahl} by nickname`},
		},
		{
			name: "written-by-the-nickname",
			docs: []doc{
				{id: "a", ms: []extract.Mention{men(peg, graph.Character, st)}},
				{id: "b", ms: []extract.Mention{men("Marguerite Lindahl", graph.Character, st), men("Peg Lindahl", graph.Character, st)}},
			},
			want: []string{`Character{Marguerite "Peg" Lindahl, Marguerite Lindahl, Peg Lindahl} by nickname, nickname`},
		},
		{
			name: "no-quoted-nickname-no-merge",
			docs: []doc{
				{id: "a", ms: []extract.Mention{men("Marguerite Lindahl", graph.Character, st), men("Peg Lindahl", graph.Character, st)}},
			},
			want: []string{"Character{Marguerite Lindahl}", "Character{Peg Lindahl}"},
		},
	})
}

func TestNicknameForms(t *testing.T) {
	for _, tc := range []struct {
		name string
		want []string
	}{
		{`Marguerite "Peg" Lindahl`, []string{"Marguerite Lindahl", "Peg Lindahl"}},
		{`Honey “Money” Chandler`, []string{"Honey Chandler", "Money Chandler"}},
		{"Ann “D’Arcy” Lowe", []string{"Ann Lowe", "D’Arcy Lowe"}},
		{`Ann "D'Arcy" Lowe`, []string{"Ann Lowe", "D'Arcy Lowe"}},
		{"Ann Ray ‘Nan’ Lowe", []string{"Ann Ray Lowe", "Nan Lowe"}},
		{"Ann 'Nan' Lowe", []string{"Ann Lowe", "Nan Lowe"}},
		{"Ann ‘D’Arcy’ Lowe", []string{"Ann Lowe", "D’Arcy Lowe"}},
		{"Dan O’Brien", nil},
		{"Dan O'Brien Lowe", nil},
		{"Jack’s Lowe", nil},
		{"Marguerite Lindahl", nil},
	} {
		if got := nicknameForms(tc.name); !slices.Equal(got, tc.want) {
			t.Errorf("nicknameForms(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestNicknameAliases: an entity named with a quoted nickname is also
// found by the name without it and by the nickname with the surname,
// unless another entity has that name.
func TestNicknameAliases(t *testing.T) {
	const st = extract.SigStructure
	peg := `Marguerite "Peg" Lindahl`
	for _, tc := range []struct {
		name string
		docs []doc
		want []string
	}{
		{
			name: "forms-added",
			docs: []doc{{id: "a", ms: []extract.Mention{men(peg, graph.Character, st)}}},
			want: []string{"Marguerite Lindahl", "Peg", "Peg Lindahl"},
		},
		{
			name: "another-entity-has-the-name",
			docs: []doc{{id: "a", ms: []extract.Mention{men(peg, graph.Character, st), men("Peg Lindahl", graph.Person, st)}}},
			want: []string{"Marguerite Lindahl", "Peg"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := Reconciler{}.Run(extractions(tc.docs))
			var got []string
			for _, e := range res.Entities {
				if e.Name == peg {
					got = append(got, e.Aliases...)
				}
			}
			slices.Sort(got)
			if !slices.Equal(got, tc.want) {
				t.Errorf("aliases of %q = %q, want %q", peg, got, tc.want)
			}
		})
	}
}
