package resolve

import (
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

func TestCriminalGroup(t *testing.T) {
	org := func(name string) extract.Mention { return men(name, graph.Organization, extract.SigPattern) }
	runRuleCases(t, []ruleCase{
		{
			name: "one-proper-name-two-kinds",
			docs: []doc{{id: "a", ms: []extract.Mention{org("Vargas cartel")}}, {id: "b", ms: []extract.Mention{org("Vargas drug cartel")}}},
			want: []string{"Organization{Vargas cartel, Vargas drug cartel} by criminal-group-kind"},
		},
		{
			name: "a-crime-family-and-a-mafia-gang",
			docs: []doc{{id: "a", ms: []extract.Mention{org("Kovac crime family")}}, {id: "b", ms: []extract.Mention{org("Kovac mafia gang")}}},
			want: []string{"Organization{Kovac crime family, Kovac mafia gang} by criminal-group-kind"},
		},
		{
			name: "other-proper-names-stay-apart",
			docs: []doc{{id: "a", ms: []extract.Mention{org("Vargas cartel")}}, {id: "b", ms: []extract.Mention{org("Kovac cartel")}}},
			want: []string{"Organization{Kovac cartel}", "Organization{Vargas cartel}"},
		},
		{
			name: "words-of-no-group-stay-apart",
			docs: []doc{{id: "a", ms: []extract.Mention{org("Vargas cartel")}}, {id: "b", ms: []extract.Mention{org("Vargas holdings")}}, {id: "c", ms: []extract.Mention{org("Vargas drug")}}},
			want: []string{"Organization{Vargas cartel}", "Organization{Vargas drug}", "Organization{Vargas holdings}"},
		},
	})
}
