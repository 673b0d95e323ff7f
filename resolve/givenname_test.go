package resolve

import (
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

func TestGivenNameForms(t *testing.T) {
	const st = extract.SigStructure
	ch := func(name string) extract.Mention { return men(name, graph.Character, st) }
	page := func(id string, ms ...extract.Mention) doc { return doc{id: id, ms: ms} }
	runRuleCases(t, []ruleCase{
		{
			name: "middle-name",
			docs: []doc{page("wiki", ch("Debra Charlotte Morgan")), page("recap", ch("Debra Morgan"))},
			want: []string{"Character{Debra Charlotte Morgan, Debra Morgan} by middle-name"},
		},
		{
			name: "middle-name-by-initial",
			docs: []doc{page("wiki", ch("Michael Carlyle Hall")), page("recap", ch("Michael C. Hall"))},
			want: []string{"Character{Michael C. Hall, Michael Carlyle Hall} by middle-name"},
		},
		{
			name: "middle-name-two-candidates-joins-neither",
			docs: []doc{page("a", ch("Anna Rose Baker")), page("b", ch("Anna Lee Baker")), page("c", ch("Anna Baker"))},
			want: []string{"Character{Anna Baker}", "Character{Anna Lee Baker}", "Character{Anna Rose Baker}"},
		},
		{
			name: "other-middle-names-stay-apart",
			docs: []doc{page("a", ch("Anna Rose Baker")), page("b", ch("Anna Lee Baker"))},
			want: []string{"Character{Anna Lee Baker}", "Character{Anna Rose Baker}"},
		},
		{
			name: "generational-suffix-stays-apart",
			docs: []doc{page("a", ch("Harry Morgan")), page("b", ch("Harry James Morgan Jr."))},
			want: []string{"Character{Harry James Morgan Jr.}", "Character{Harry Morgan}"},
		},
		{
			name: "nickname-from-the-list-in-one-document",
			docs: []doc{page("wiki", block(ch("Walter Longmire"), 1), block(ch("Walt Longmire"), 2))},
			want: []string{"Character{Walt Longmire, Walter Longmire} by given-name-nickname"},
		},
		{
			name: "side-by-side-in-one-field-stays-apart",
			docs: []doc{page("wiki", ch("Frederick King Keller"), ch("Fred Keller"))},
			want: []string{"Character{Fred Keller}", "Character{Frederick King Keller}"},
		},
		{
			name: "nickname-from-the-list",
			docs: []doc{page("wiki", ch("James McNulty")), page("recap", ch("Jimmy McNulty"))},
			want: []string{"Character{James McNulty, Jimmy McNulty} by given-name-nickname"},
		},
		{
			name: "two-nicknames-of-one-name",
			docs: []doc{page("a", ch("Mike Dorsey")), page("b", ch("Mick Dorsey"))},
			want: []string{"Character{Mick Dorsey, Mike Dorsey} by given-name-nickname"},
		},
		{
			name: "nickname-and-middle-name",
			docs: []doc{page("a", ch("Francis Xavier Doyle")), page("b", ch("Frank Doyle"))},
			want: []string{"Character{Francis Xavier Doyle, Frank Doyle} by given-name-nickname"},
		},
		{
			name: "nickname-of-another-surname-stays-apart",
			docs: []doc{page("a", ch("James McNulty")), page("b", ch("Jimmy Morgan"))},
			want: []string{"Character{James McNulty}", "Character{Jimmy Morgan}"},
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
		{
			name: "clipped",
			docs: []doc{page("wiki", ch("Dexter Morgan")), page("recap", ch("Dex Morgan"))},
			want: []string{"Character{Dex Morgan, Dexter Morgan} by given-name-clipped"},
		},
		{
			name: "clipped-fitting-two-joins-neither",
			docs: []doc{page("a", ch("Dexter Morgan")), page("b", ch("Dexia Morgan")), page("c", ch("Dex Morgan"))},
			want: []string{"Character{Dex Morgan}", "Character{Dexia Morgan}", "Character{Dexter Morgan}"},
		},
		{
			name: "clipped-both-in-one-document-stays-apart",
			docs: []doc{page("a", ch("Dexter Morgan"), ch("Dex Morgan"))},
			want: []string{"Character{Dex Morgan}", "Character{Dexter Morgan}"},
		},
		{
			name: "two-listed-names-are-not-clipped",
			docs: []doc{page("a", ch("Jane Doyle")), page("b", ch("Janet Doyle"))},
			want: []string{"Character{Jane Doyle}", "Character{Janet Doyle}"},
		},
		{
			name: "initial",
			docs: []doc{page("wiki", men("C. S. Lee", graph.Person, st)), page("news", men("Chris Lee", graph.Person, st))},
			want: []string{"Person{C. S. Lee, Chris Lee} by given-name-initial"},
		},
		{
			name: "initials-run-together",
			docs: []doc{page("wiki", men("A. J. Cook", graph.Person, st)), page("news", men("AJ Cook", graph.Person, st))},
			want: []string{"Person{A. J. Cook, AJ Cook} by middle-name"},
		},
		{
			name: "initials-run-together-and-full-names",
			docs: []doc{page("wiki", men("Andrea Joy Cook", graph.Person, st)), page("news", men("A.J. Cook", graph.Person, st))},
			want: []string{"Person{A.J. Cook, Andrea Joy Cook} by given-name-initial"},
		},
		{
			name: "initial-of-two-names-joins-neither",
			docs: []doc{page("a", ch("John Reese")), page("b", ch("Jane Reese")), page("c", ch("J. Reese"))},
			want: []string{"Character{J. Reese}", "Character{Jane Reese}", "Character{John Reese}"},
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
