package resolve

import (
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

func TestWordsSwapped(t *testing.T) {
	const st = extract.SigStructure
	pe := func(name string) extract.Mention { return men(name, graph.Person, st) }
	series := men("Nightfall", graph.Series, st)
	// about is a document about the series Nightfall naming ms.
	about := func(id string, ms ...extract.Mention) doc {
		return doc{id: id, ms: append([]extract.Mention{series}, ms...)}
	}
	runRuleCases(t, []ruleCase{
		{
			name: "middle-name-and-surname-swapped",
			docs: []doc{about("wiki", pe("Lena Ann Marsh")), about("review", pe("Lena Marsh Ann"))},
			want: []string{"Person{Lena Ann Marsh, Lena Marsh Ann} by words-swapped", "Series{Nightfall}"},
		},
		{
			name: "one-page-writes-both",
			docs: []doc{about("wiki", pe("Lena Ann Marsh"), pe("Lena Marsh Ann"))},
			want: []string{"Person{Lena Ann Marsh}", "Person{Lena Marsh Ann}", "Series{Nightfall}"},
		},
		{
			name: "no-series-in-common",
			docs: []doc{about("wiki", pe("Lena Ann Marsh")), {id: "review", ms: []extract.Mention{men("Dockside", graph.Series, st), pe("Lena Marsh Ann")}}},
			want: []string{"Person{Lena Ann Marsh}", "Person{Lena Marsh Ann}", "Series{Dockside}", "Series{Nightfall}"},
		},
		{
			name: "first-word-differs",
			docs: []doc{about("wiki", pe("Ann Lena Marsh")), about("review", pe("Lena Ann Marsh"))},
			want: []string{"Person{Ann Lena Marsh}", "Person{Lena Ann Marsh}", "Series{Nightfall}"},
		},
		{
			name: "two-words-only",
			docs: []doc{about("wiki", pe("Marsh Lena")), about("review", pe("Lena Marsh"))},
			want: []string{"Person{Lena Marsh}", "Person{Marsh Lena}", "Series{Nightfall}"},
		},
	})
}
