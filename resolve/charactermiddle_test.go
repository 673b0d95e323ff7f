package resolve

import (
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

func TestMiddleCharacter(t *testing.T) {
	full := men("Della Charlotte Marsh", graph.Person, extract.SigShape)
	cast := men("Della Marsh", graph.Character, extract.SigStructure)
	runRuleCases(t, []ruleCase{
		{
			name: "a character named without the middle name elsewhere",
			docs: []doc{{id: "page", ms: []extract.Mention{full}}, {id: "cast", ms: []extract.Mention{cast}}},
			want: []string{"Character{Della Charlotte Marsh, Della Marsh} by middle-name typed by character-by-middle-name"},
		},
		{
			name: "a person by a pattern elsewhere stays a person",
			docs: []doc{
				{id: "page", ms: []extract.Mention{full}}, {id: "cast", ms: []extract.Mention{cast}},
				{id: "news", ms: []extract.Mention{men("Della Marsh", graph.Person, extract.SigPattern)}},
			},
			want: []string{"Character{Della Marsh}", "Person{Della Charlotte Marsh, Della Marsh} by middle-name"},
		},
		{
			name: "a character named only by its shape is no evidence",
			docs: []doc{{id: "page", ms: []extract.Mention{full}}, {id: "cast", ms: []extract.Mention{men("Della Marsh", graph.Character, extract.SigShape)}}},
			want: []string{"Character{Della Marsh}", "Person{Della Charlotte Marsh}"},
		},
		{
			name: "another given name",
			docs: []doc{{id: "page", ms: []extract.Mention{full}}, {id: "cast", ms: []extract.Mention{men("Nora Marsh", graph.Character, extract.SigStructure)}}},
			want: []string{"Character{Nora Marsh}", "Person{Della Charlotte Marsh}"},
		},
		{
			name: "a person named by a pattern keeps its type",
			docs: []doc{{id: "page", ms: []extract.Mention{men("Della Charlotte Marsh", graph.Person, extract.SigPattern)}}, {id: "cast", ms: []extract.Mention{cast}}},
			want: []string{"Character{Della Marsh}", "Person{Della Charlotte Marsh}"},
		},
	})
}
