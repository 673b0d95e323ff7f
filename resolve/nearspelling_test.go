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
	// castIn is cast on a page about a series.
	castIn := func(id, series, actor, character string) doc {
		return doc{id: id, ms: []extract.Mention{men(actor, graph.Person, st), men(character, graph.Character, st), men(series, graph.Series, st)},
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
			name: "letters-swapped-and-one-changed",
			docs: []doc{castIn("wiki", "Nightfall", "Ana Ortiz", "Darby Coyle"), castIn("review", "Nightfall", "Ana Ortiz", "Drady Coyle")},
			want: []string{"Character{Darby Coyle, Drady Coyle} by near-spelling-same-actor", "Person{Ana Ortiz}", "Series{Nightfall}"},
		},
		{
			name: "each-word-slipped-keeping-first-letters",
			docs: []doc{castIn("wiki", "Nightfall", "Ana Ortiz", "Keren Lees"), castIn("review", "Nightfall", "Ana Ortiz", "Kern Lhys")},
			want: []string{"Character{Keren Lees, Kern Lhys} by near-spelling-same-actor", "Person{Ana Ortiz}", "Series{Nightfall}"},
		},
		{
			name: "farther-slip-without-a-series",
			docs: []doc{cast("wiki", "Ana Ortiz", "Keren Lees"), cast("review", "Ana Ortiz", "Kern Lhys")},
			want: []string{"Character{Keren Lees}", "Character{Kern Lhys}", "Person{Ana Ortiz}"},
		},
		{
			name: "farther-slip-on-one-page",
			docs: []doc{{id: "wiki", ms: []extract.Mention{men("Ana Ortiz", graph.Person, st), men("Keren Lees", graph.Character, st), men("Kern Lhys", graph.Character, st), men("Nightfall", graph.Series, st)},
				cs: []extract.Claim{claim(0, predPlays, 1), claim(0, predPlays, 2)}}},
			want: []string{"Character{Keren Lees}", "Character{Kern Lhys}", "Person{Ana Ortiz}", "Series{Nightfall}"},
		},
		{
			name: "farther-slip-in-two-series",
			docs: []doc{castIn("wiki", "Nightfall", "Ana Ortiz", "Keren Lees"), castIn("review", "Harbor Lights", "Ana Ortiz", "Kern Lhys")},
			want: []string{"Character{Keren Lees}", "Character{Kern Lhys}", "Person{Ana Ortiz}", "Series{Harbor Lights}", "Series{Nightfall}"},
		},
		{
			name: "three-edits-in-one-word",
			docs: []doc{cast("wiki", "Ana Ortiz", "Keren Lees"), cast("review", "Ana Ortiz", "Keren Lhyss")},
			want: []string{"Character{Keren Lees}", "Character{Keren Lhyss}", "Person{Ana Ortiz}"},
		},
		{
			name: "three-edits-first-letter-changed",
			docs: []doc{cast("wiki", "Ana Ortiz", "Keren Lees"), cast("review", "Ana Ortiz", "Kern Mhes")},
			want: []string{"Character{Kern Mhes}", "Character{Keren Lees}", "Person{Ana Ortiz}"},
		},
		{
			name: "three-edits-one-word",
			docs: []doc{cast("wiki", "Ana Ortiz", "Marrowdale"), cast("review", "Ana Ortiz", "Marowdeyl")},
			want: []string{"Character{Marowdeyl}", "Character{Marrowdale}", "Person{Ana Ortiz}"},
		},
		{
			name: "too-short-to-tell",
			docs: []doc{cast("wiki", "Ana Ortiz", "Al Bo"), cast("review", "Ana Ortiz", "Al Bu")},
			want: []string{"Character{Al Bo}", "Character{Al Bu}", "Person{Ana Ortiz}"},
		},
	})
}

func TestNearNames(t *testing.T) {
	for _, c := range []struct {
		a, b string
		dist int
		ok   bool
	}{
		{"samira parker", "zamira parker", 1, true},
		{"darby coyle", "drady coyle", 2, true},
		{"keren lees", "kern lhys", 3, true},
		{"keren lees", "kern mhes", 3, false},
		{"karina parker", "samira parker", 3, false},
		{"samira parker", "samira", 0, false},
		{"samira parker", "samira parker", 0, false},
	} {
		dist, ok := nearNames(c.a, c.b)
		if ok != c.ok || (c.dist != 0 && dist != c.dist) {
			t.Errorf("nearNames(%q, %q) = %d, %v; want %d, %v", c.a, c.b, dist, ok, c.dist, c.ok)
		}
	}
}
