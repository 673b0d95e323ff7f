package resolve

import (
	"slices"
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

func TestTyping(t *testing.T) {
	const st, shape = extract.SigStructure, extract.SigShape
	ruled := func(m extract.Mention, rule string) extract.Mention { m.Rule = rule; return m }
	for _, tc := range []struct {
		name string
		docs []doc
		want []graph.TypeVote
	}{
		{
			name: "agreeing-mentions",
			docs: []doc{{id: "a", ms: []extract.Mention{
				ruled(men("Renée Ballard", graph.Character, st), "cast-line-character"),
				ruled(men("Renée Ballard", graph.Character, st), "cast-line-character"),
				men("Renée Ballard", graph.Character, st),
			}}},
			want: []graph.TypeVote{
				{Type: graph.Character, Rule: unanimous, Decided: true},
				{Type: graph.Character, Rule: "cast-line-character", Mentions: 2},
				{Type: graph.Character, Rule: st, Mentions: 1},
			},
		},
		{
			name: "votes-overrule-a-shape-guess",
			docs: []doc{{id: "a", ms: []extract.Mention{
				ruled(men("Harbor Lights", graph.Series, st), "infobox-title"),
				ruled(men("Harbor Lights", graph.Series, st), "infobox-title"),
				ruled(conf(men("Harbor Lights", graph.Person, shape), 0.5), "title-word"),
			}}},
			want: []graph.TypeVote{
				{Type: graph.Series, Rule: "type-votes", Mentions: 1, Decided: true},
				{Type: graph.Series, Rule: "infobox-title", Mentions: 2},
				{Type: graph.Person, Rule: "title-word", Mentions: 1},
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := Reconciler{}.Run(extractions(tc.docs))
			if len(r.Entities) != 1 {
				t.Fatalf("%d entities, want 1", len(r.Entities))
			}
			if got := r.Entities[0].Typing; !slices.Equal(got, tc.want) {
				t.Errorf("typing %+v\nwant %+v", got, tc.want)
			}
		})
	}
}

func TestTypingLines(t *testing.T) {
	e := graph.Entity{Typing: []graph.TypeVote{
		{Type: graph.Character, Rule: "type-votes", Mentions: 1, Decided: true},
		{Type: graph.Character, Rule: "cast-line-character", Mentions: 3},
		{Type: graph.Character, Rule: "title-word", Mentions: 1},
		{Type: graph.Person, Rule: "shape", Mentions: 1},
	}}
	want := []string{
		"type Character: cast-line-character x3, title-word x1 (decided by type-votes)",
		"type Person: shape x1",
	}
	if got := TypingLines(e); !slices.Equal(got, want) {
		t.Errorf("TypingLines = %q, want %q", got, want)
	}
	e.Typing = []graph.TypeVote{{Type: graph.Series, Rule: unanimous, Decided: true}, {Type: graph.Series, Rule: "structure", Mentions: 2}}
	if got, want := TypingLines(e), []string{"type Series: structure x2 (unanimous)"}; !slices.Equal(got, want) {
		t.Errorf("TypingLines = %q, want %q", got, want)
	}
}
