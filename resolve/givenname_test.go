package resolve

import (
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

// TestGivenFormGuards: what keeps two forms of a name apart, for every
// given-name rule.
func TestGivenFormGuards(t *testing.T) {
	const st = extract.SigStructure
	ch := func(name string) extract.Mention { return men(name, graph.Character, st) }
	page := func(id string, ms ...extract.Mention) doc { return doc{id: id, ms: ms} }
	runRuleCases(t, []ruleCase{
		{
			name: "side-by-side-in-one-field-stays-apart",
			docs: []doc{page("wiki", ch("Frederick King Keller"), ch("Fred Keller"))},
			want: []string{"Character{Fred Keller}", "Character{Frederick King Keller}"},
		},
		{
			name: "unlisted-given-names-stay-apart",
			docs: []doc{page("a", ch("Harry Morgan")), page("b", ch("Harrison Morgan"))},
			want: []string{"Character{Harrison Morgan}", "Character{Harry Morgan}"},
		},
		{
			name: "a-relation-between-them-keeps-them-apart",
			docs: []doc{{id: "a", ms: []extract.Mention{ch("James Doyle"), ch("Jim Doyle")}, cs: []extract.Claim{claim(0, "RELATIVE_OF", 1)}}},
			want: []string{"Character{James Doyle}", "Character{Jim Doyle}"},
		},
		{
			name: "other-actors-keep-them-apart",
			docs: []doc{
				{id: "a", ms: []extract.Mention{men("Ana Ortiz", graph.Person, st), ch("James Doyle")}, cs: []extract.Claim{claim(0, predPlays, 1)}},
				{id: "b", ms: []extract.Mention{men("Lia Chen", graph.Person, st), ch("Jim Doyle")}, cs: []extract.Claim{claim(0, predPlays, 1)}},
			},
			want: []string{"Character{James Doyle}", "Character{Jim Doyle}", "Person{Ana Ortiz}", "Person{Lia Chen}"},
		},
	})
}

func TestSplitName(t *testing.T) {
	for _, tc := range []struct {
		name, given, quoted, surname, suffix string
		middles                              int
		ok                                   bool
	}{
		{`James "Jimmy" McNulty`, "james", "jimmy", "mcnulty", "", 0, true},
		{"Harry Morgan, Jr.", "harry", "", "morgan", "jr", 0, true},
		{"C. S. Lee", "c", "", "lee", "", 1, true},
		{"Renée Ballard", "renee", "", "ballard", "", 0, true},
		{"Ballard", "", "", "", "", 0, false},
		{"A.J. Cook", "a", "", "cook", "", 1, true},
		{"JJ", "", "", "", "", 0, false},
	} {
		p, ok := splitName(tc.name)
		if ok != tc.ok || p.given != tc.given || p.quoted != tc.quoted || p.surname != tc.surname || p.suffix != tc.suffix || len(p.middles) != tc.middles {
			t.Errorf("splitName(%q) = %+v, %v", tc.name, p, ok)
		}
	}
}
