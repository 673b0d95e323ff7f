package resolve

import (
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

func TestGivenNickname(t *testing.T) {
	const st = extract.SigStructure
	ch := func(name string) extract.Mention { return men(name, graph.Character, st) }
	page := func(id string, ms ...extract.Mention) doc { return doc{id: id, ms: ms} }
	runRuleCases(t, []ruleCase{
		{
			name: "nickname-from-the-list-in-one-document",
			docs: []doc{page("wiki", block(ch("Walter Longmire"), 1), block(ch("Walt Longmire"), 2))},
			want: []string{"Character{Walt Longmire, Walter Longmire} by given-name-nickname"},
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
			name: "three-forms-of-one-name-join-as-one",
			docs: []doc{page("a", ch("Kate Harlow")), page("b", ch("Katie Harlow")), page("c", ch("Katherine Harlow"))},
			want: []string{"Character{Kate Harlow, Katherine Harlow, Katie Harlow} by given-name-nickname, given-name-nickname"},
		},
		{
			name: "a-form-of-two-names-that-are-not-one-stays-apart",
			docs: []doc{page("a", ch("Sandy Marsh")), page("b", ch("Alexander Marsh")), page("c", ch("Alexandra Marsh"))},
			want: []string{"Character{Alexander Marsh}", "Character{Alexandra Marsh}", "Character{Sandy Marsh}"},
		},
		{
			name: "a-less-common-familiar-form",
			docs: []doc{page("a", ch("Augustus Penhallow")), page("b", ch("Gus Penhallow")), page("c", ch("Reggie Varcoe")), page("d", ch("Reginald Varcoe"))},
			want: []string{"Character{Augustus Penhallow, Gus Penhallow} by given-name-nickname", "Character{Reggie Varcoe, Reginald Varcoe} by given-name-nickname"},
		},
		{
			name: "a-form-two-given-names-share-joins-neither",
			docs: []doc{page("a", ch("Angus Penhallow")), page("b", ch("Gus Penhallow")), page("c", ch("Augustus Penhallow"))},
			want: []string{"Character{Angus Penhallow}", "Character{Augustus Penhallow}", "Character{Gus Penhallow}"},
		},
		{
			name: "nickname-of-another-surname-stays-apart",
			docs: []doc{page("a", ch("James McNulty")), page("b", ch("Jimmy Morgan"))},
			want: []string{"Character{James McNulty}", "Character{Jimmy Morgan}"},
		},
	})
}
