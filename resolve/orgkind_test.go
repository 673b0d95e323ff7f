package resolve

import (
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

func TestOrgKindWord(t *testing.T) {
	const st = extract.SigStructure
	org := func(name string) extract.Mention { return men(name, graph.Organization, st) }
	runRuleCases(t, []ruleCase{
		{
			name: "productions-and-entertainment-on-two-pages",
			docs: []doc{
				{id: "review", ms: []extract.Mention{org("Quill Harbor Productions")}},
				{id: "wiki", ms: []extract.Mention{org("Quill Harbor Entertainment")}},
			},
			want: []string{"Organization{Quill Harbor Entertainment, Quill Harbor Productions} by org-kind-word"},
		},
		{
			name: "one-page-names-both",
			docs: []doc{{id: "wiki", ms: []extract.Mention{org("Quill Harbor Productions"), org("Quill Harbor Entertainment")}}},
			want: []string{"Organization{Quill Harbor Entertainment}", "Organization{Quill Harbor Productions}"},
		},
		{
			name: "one-word-before",
			docs: []doc{
				{id: "review", ms: []extract.Mention{org("Lumen Productions")}},
				{id: "wiki", ms: []extract.Mention{org("Lumen Entertainment")}},
			},
			want: []string{"Organization{Lumen Entertainment}", "Organization{Lumen Productions}"},
		},
		{
			name: "another-kind-of-word",
			docs: []doc{
				{id: "review", ms: []extract.Mention{org("Quill Harbor Productions")}},
				{id: "wiki", ms: []extract.Mention{org("Quill Harbor Films")}},
			},
			want: []string{"Organization{Quill Harbor Films}", "Organization{Quill Harbor Productions}"},
		},
	})
}
