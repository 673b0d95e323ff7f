package resolve

import (
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

func TestSlipAlone(t *testing.T) {
	const st = extract.SigStructure
	ch := func(name string) extract.Mention { return men(name, graph.Character, st) }
	per := func(name string) extract.Mention { return men(name, graph.Person, st) }
	page := func(id string, ms ...extract.Mention) doc { return doc{id: id, ms: ms} }
	on := func(series, id string, ms ...extract.Mention) doc {
		return doc{id: id, ms: append([]extract.Mention{men(series, graph.Series, st)}, ms...)}
	}
	runRuleCases(t, []ruleCase{
		{
			name: "given-name-letter-dropped-in-one-document",
			docs: []doc{page("news", block(per("Tavish Orrin"), 1), block(per("Tavis Orrin"), 2))},
			want: []string{"Person{Tavis Orrin, Tavish Orrin} by slip-alone"},
		},
		{
			name: "surname-letter-doubled-across-pages-with-nothing-in-common",
			docs: []doc{page("wiki", ch("Dana Kellen")), page("fan", ch("Dana Kelllen"))},
			want: []string{"Character{Dana Kellen, Dana Kelllen} by slip-alone"},
		},
		{
			name: "two-known-given-names-are-two-people",
			docs: []doc{page("news", block(ch("Jon Harker"), 1), block(ch("Joan Harker"), 2))},
			want: []string{"Character{Joan Harker}", "Character{Jon Harker}"},
		},
		{
			name: "a-letter-changed-is-too-little",
			docs: []doc{page("wiki", ch("Zamira Parker")), page("fan", ch("Samira Parker"))},
			want: []string{"Character{Samira Parker}", "Character{Zamira Parker}"},
		},
		{
			name: "written-side-by-side",
			docs: []doc{page("news", per("Tavish Orrin"), per("Tavis Orrin"))},
			want: []string{"Person{Tavis Orrin}", "Person{Tavish Orrin}"},
		},
		{
			name: "pages-of-two-series",
			docs: []doc{on("Nightfall", "wiki", ch("Dana Kellen")), on("Daybreak", "fan", ch("Dana Kelllen"))},
			want: []string{"Character{Dana Kelllen}", "Character{Dana Kellen}", "Series{Daybreak}", "Series{Nightfall}"},
		},
		{
			name: "a-short-surname",
			docs: []doc{page("wiki", ch("Dana Kell")), page("fan", ch("Dana Kel"))},
			want: []string{"Character{Dana Kel}", "Character{Dana Kell}"},
		},
		{
			name: "two-candidates-join-neither",
			docs: []doc{page("a", per("Tavish Orrin")), page("b", per("Tavis Orrin")), page("c", per("Tavvis Orrin"))},
			want: []string{"Person{Tavis Orrin}", "Person{Tavish Orrin}", "Person{Tavvis Orrin}"},
		},
		{
			name: "a-father-and-his-son",
			docs: []doc{{id: "wiki", ms: []extract.Mention{block(ch("Tavish Orrin"), 1), block(ch("Tavis Orrin"), 2)},
				cs: []extract.Claim{claim(0, "RELATIVE_OF", 1)}}},
			want: []string{"Character{Tavis Orrin}", "Character{Tavish Orrin}"},
		},
	})
}
