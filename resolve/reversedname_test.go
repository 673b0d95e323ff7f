package resolve

import (
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

func TestReversedName(t *testing.T) {
	const st = extract.SigStructure
	person := func(name string) extract.Mention { return men(name, graph.Person, st) }
	runRuleCases(t, []ruleCase{
		{
			name: "two-orders-on-one-page",
			docs: []doc{{id: "wiki", ms: []extract.Mention{person("Aiko Tanabe"), person("Tanabe Aiko")}}},
			want: []string{"Person{Aiko Tanabe, Tanabe Aiko} by reversed-name"},
		},
		{
			name: "two-orders-on-two-pages",
			docs: []doc{
				{id: "wiki", ms: []extract.Mention{person("Aiko Tanabe")}},
				{id: "news", ms: []extract.Mention{person("Tanabe Aiko")}},
			},
			want: []string{"Person{Aiko Tanabe}", "Person{Tanabe Aiko}"},
		},
		{
			name: "characters-stay-apart",
			docs: []doc{{id: "wiki", ms: []extract.Mention{men("Grant Lewis", graph.Character, st), men("Lewis Grant", graph.Character, st)}}},
			want: []string{"Character{Grant Lewis}", "Character{Lewis Grant}"},
		},
		{
			name: "three-words",
			docs: []doc{{id: "wiki", ms: []extract.Mention{person("Aiko Mei Tanabe"), person("Tanabe Mei Aiko")}}},
			want: []string{"Person{Aiko Mei Tanabe}", "Person{Tanabe Mei Aiko}"},
		},
	})
}
