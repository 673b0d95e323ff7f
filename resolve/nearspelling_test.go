package resolve

import (
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

func TestNearSpelling(t *testing.T) {
	const st = extract.SigStructure
	// cast is a document where actor plays character.
	cast := func(id, actor, character string) doc {
		return doc{id: id, ms: []extract.Mention{men(actor, graph.Person, st), men(character, graph.Character, st)},
			cs: []extract.Claim{claim(0, predPlays, 1)}}
	}
	runRuleCases(t, []ruleCase{
		{
			name: "one-actor-plays-both",
			docs: []doc{cast("wiki", "Ana Ortiz", "Zamira Parker"), cast("review", "Ana Ortiz", "Samira Parker")},
			want: []string{"Character{Samira Parker, Zamira Parker} by near-spelling-same-actor", "Person{Ana Ortiz}"},
		},
		{
			name: "two-actors-two-characters",
			docs: []doc{cast("wiki", "Ana Ortiz", "Zamira Parker"), cast("review", "Lia Chen", "Samira Parker")},
			want: []string{"Character{Samira Parker}", "Character{Zamira Parker}", "Person{Ana Ortiz}", "Person{Lia Chen}"},
		},
		{
			name: "too-far-apart",
			docs: []doc{cast("wiki", "Ana Ortiz", "Karina Parker"), cast("review", "Ana Ortiz", "Samira Parker")},
			want: []string{"Character{Karina Parker}", "Character{Samira Parker}", "Person{Ana Ortiz}"},
		},
		{
			name: "too-short-to-tell",
			docs: []doc{cast("wiki", "Ana Ortiz", "Al Bo"), cast("review", "Ana Ortiz", "Al Bu")},
			want: []string{"Character{Al Bo}", "Character{Al Bu}", "Person{Ana Ortiz}"},
		},
	})
}
