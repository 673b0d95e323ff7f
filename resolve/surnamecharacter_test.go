package resolve

import (
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

func TestSurnameCharacter(t *testing.T) {
	actor := men("Tom Reyes", graph.Person, extract.SigPattern)
	role := men("Pell", graph.Character, extract.SigShort)
	review := doc{id: "review", ms: []extract.Mention{actor, role}, cs: []extract.Claim{claim(0, predPlays, 1)}}
	shaped := conf(men("Dora Pell", graph.Person, extract.SigShape), 0.4)
	star := men("Tom Reyes", graph.Person, extract.SigLexicon) // ties the recap to the review
	runRuleCases(t, []ruleCase{
		{
			name: "a surname an actor plays on another page",
			docs: []doc{review, {id: "recap", ms: []extract.Mention{shaped, star}}},
			want: []string{"Character{Dora Pell, Pell} by short-name-in-corpus typed by character-by-surname", "Person{Tom Reyes}"},
		},
		{
			name: "a surname the lexicon typed a person's",
			docs: []doc{review, {id: "recap", ms: []extract.Mention{men("Dora Pell", graph.Person, extract.SigLexicon), star}}},
			want: []string{"Character{Dora Pell, Pell} by short-name-in-corpus typed by character-by-surname", "Person{Tom Reyes}"},
		},
		{
			name: "a surname of a cast list",
			docs: []doc{
				{id: "cast", ms: []extract.Mention{men("Pell", graph.Character, extract.SigStructure)}},
				{id: "recap", ms: []extract.Mention{shaped, star}},
			},
			want: []string{"Character{Dora Pell} typed by character-by-surname", "Character{Pell}", "Person{Tom Reyes}"},
		},
		{
			name: "a person by a pattern elsewhere stays a person",
			docs: []doc{review, {id: "recap", ms: []extract.Mention{shaped, star}}, {id: "news", ms: []extract.Mention{men("Dora Pell", graph.Person, extract.SigPattern)}}},
			want: []string{"Character{Pell}", "Person{Dora Pell}", "Person{Tom Reyes}"},
		},
		{
			name: "a character named in full has the surname",
			docs: []doc{review, {id: "recap", ms: []extract.Mention{shaped, star, men("Jack Pell", graph.Character, extract.SigStructure)}}},
			want: []string{"Character{Jack Pell, Pell} by short-name-in-corpus", "Person{Dora Pell}", "Person{Tom Reyes}"},
		},
		{
			name: "an actor has the surname",
			docs: []doc{review, {id: "recap", ms: []extract.Mention{shaped, star, men("Ann Pell", graph.Person, extract.SigStructure)}}},
			want: []string{"Character{Pell}", "Person{Ann Pell}", "Person{Dora Pell}", "Person{Tom Reyes}"},
		},
		{
			name: "a lone surname of kin or romance is no role",
			docs: []doc{
				{id: "news", ms: []extract.Mention{men("Ann Cole", graph.Person, extract.SigPattern), men("Pell", graph.Character, extract.SigShort)},
					cs: []extract.Claim{claim(0, "ROMANTIC_PARTNER_OF", 1)}},
				{id: "recap", ms: []extract.Mention{shaped, star}},
			},
			want: []string{"Character{Pell}", "Person{Ann Cole}", "Person{Dora Pell}", "Person{Tom Reyes}"},
		},
		{
			name: "a given name an actor plays is left to its document",
			docs: []doc{
				{id: "review", ms: []extract.Mention{actor, men("Dora", graph.Character, extract.SigPattern)}, cs: []extract.Claim{claim(0, predPlays, 1)}},
				{id: "recap", ms: []extract.Mention{shaped, star}},
			},
			want: []string{"Character{Dora}", "Person{Dora Pell}", "Person{Tom Reyes}"},
		},
	})
}
