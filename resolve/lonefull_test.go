package resolve

import (
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

func TestLoneWordFull(t *testing.T) {
	const st, lex = extract.SigStructure, extract.SigLexicon
	series := men("Nightfall", graph.Series, st)
	cast := doc{id: "cast", ms: []extract.Mention{series, men("Helen Roe", graph.Person, st), men("Maud", graph.Character, st)},
		cs: []extract.Claim{claim(1, predPlays, 2)}}
	castOf := func(role string) doc {
		return doc{id: "cast", ms: []extract.Mention{series, men("Helen Roe", graph.Person, st), men(role, graph.Character, st)},
			cs: []extract.Claim{claim(1, predPlays, 2)}}
	}
	page := func(ms ...extract.Mention) doc { return doc{id: "page", ms: append([]extract.Mention{series}, ms...)} }
	full, word := men("Maud Gray", graph.Character, lex), men("Maud", graph.Character, lex)
	runRuleCases(t, []ruleCase{
		{
			name: "the full name and the word in one paragraph",
			docs: []doc{cast, page(full, word)},
			want: []string{"Character{Maud, Maud Gray} by lone-word-full-name", "Person{Helen Roe}", "Series{Nightfall}"},
		},
		{
			name: "never in one paragraph",
			docs: []doc{cast, page(full, block(word, 1))},
			want: []string{"Character{Maud Gray}", "Character{Maud}", "Person{Helen Roe}", "Series{Nightfall}"},
		},
		{
			name: "a given name the prose reading guessed, never in one paragraph",
			docs: []doc{{id: "recap", ms: []extract.Mention{series, full}}, {id: "review", ms: []extract.Mention{series, guessedGiven("Maud")}}},
			want: []string{"Character{Maud, Maud Gray} by lone-word-full-name", "Series{Nightfall}"},
		},
		{
			name: "a given name the prose reading guessed, two full names have it",
			docs: []doc{{id: "recap", ms: []extract.Mention{series, full, block(men("Maud Lane", graph.Character, lex), 1)}}, {id: "review", ms: []extract.Mention{series, guessedGiven("Maud")}}},
			want: []string{"Character{Maud Gray}", "Character{Maud Lane}", "Character{Maud}", "Series{Nightfall}"},
		},
		{
			name: "two full names have the word",
			docs: []doc{cast, page(full, word, men("Maud Lane", graph.Character, lex))},
			want: []string{"Character{Maud Gray}", "Character{Maud Lane}", "Character{Maud}", "Person{Helen Roe}", "Series{Nightfall}"},
		},
		{
			// A document says the word's character is the other full
			// name's husband: the word is the one full name left.
			name: "two full names have the word, a claim relates it to one",
			docs: []doc{castOf("Gray"), {id: "page", ms: []extract.Mention{series, men("Tom Gray", graph.Character, lex), men("Gray", graph.Character, st), men("Ann Gray", graph.Character, lex)},
				cs: []extract.Claim{claim(2, predRomantic, 3)}}},
			want: []string{"Character{Ann Gray}", "Character{Gray, Tom Gray} by lone-word-full-name", "Person{Helen Roe}", "Series{Nightfall}"},
		},
		{
			name: "two full names have the word, a claim relates it to both",
			docs: []doc{castOf("Gray"), {id: "page", ms: []extract.Mention{series, men("Tom Gray", graph.Character, lex), men("Gray", graph.Character, st), men("Ann Gray", graph.Character, lex)},
				cs: []extract.Claim{claim(2, predRomantic, 3), claim(2, predRelative, 1)}}},
			want: []string{"Character{Ann Gray}", "Character{Gray}", "Character{Tom Gray}", "Person{Helen Roe}", "Series{Nightfall}"},
		},
		{
			name: "two full names have the word, no claim relates them",
			docs: []doc{castOf("Gray"), page(men("Tom Gray", graph.Character, lex), men("Gray", graph.Character, st), men("Ann Gray", graph.Character, lex))},
			want: []string{"Character{Ann Gray}", "Character{Gray}", "Character{Tom Gray}", "Person{Helen Roe}", "Series{Nightfall}"},
		},
		{
			name: "the full name is a person's",
			docs: []doc{cast, page(men("Maud Gray", graph.Person, st), word)},
			want: []string{"Character{Maud}", "Person{Helen Roe}", "Person{Maud Gray}", "Series{Nightfall}"},
		},
	})
}

// guessedGiven is a lone given name the prose reading kept as a character
// by its guess (rule lone-given-name).
func guessedGiven(name string) extract.Mention {
	m := conf(men(name, graph.Character, extract.SigShape), 0.4)
	m.Rule = extract.RuleLoneGivenName
	return m
}
