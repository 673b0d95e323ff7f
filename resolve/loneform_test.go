package resolve

import (
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

func TestLoneGivenForm(t *testing.T) {
	const st = extract.SigStructure
	ch := func(name string) extract.Mention { return men(name, graph.Character, st) }
	lone := func(name string) extract.Mention { return men(name, graph.Character, extract.SigPattern) }
	series := func(name string) extract.Mention { return men(name, graph.Series, st) }
	page := func(id string, ms ...extract.Mention) doc { return doc{id: id, ms: ms} }
	about := func(d doc) doc { d.about = true; return d }
	runRuleCases(t, []ruleCase{
		{
			name: "a-familiar-form-joins-the-full-name-of-its-series",
			docs: []doc{page("page", series("Harbor"), ch("Margaret Lowe")), page("review", series("Harbor"), lone("Peg"))},
			want: []string{"Character{Margaret Lowe, Peg} by lone-given-form", "Series{Harbor}"},
		},
		{
			// Spellings of one name are forms of it too.
			name: "another-spelling-joins-the-full-name-of-its-series",
			docs: []doc{page("page", series("Harbor"), ch("Sean Tavish")), page("review", series("Harbor"), lone("Shaun"))},
			want: []string{"Character{Sean Tavish, Shaun} by lone-given-form", "Series{Harbor}"},
		},
		{
			name: "two-lone-forms-of-one-name-join",
			docs: []doc{page("a", series("Harbor"), lone("Katherine")), page("b", series("Harbor"), lone("Kate"))},
			want: []string{"Character{Kate, Katherine} by lone-given-form", "Series{Harbor}"},
		},
		{
			name: "a-form-named-with-another-series-stays-apart",
			docs: []doc{page("page", series("Harbor"), ch("Margaret Lowe")), page("review", series("Drift"), lone("Peg"))},
			want: []string{"Character{Margaret Lowe}", "Character{Peg}", "Series{Drift}", "Series{Harbor}"},
		},
		{
			// One series, but the pages name people in full and none in
			// common: nothing ties the lone form to that character.
			name: "a-form-on-a-page-of-strangers-stays-apart",
			docs: []doc{page("page", series("Harbor"), ch("Margaret Lowe"), ch("Ada Quist")), page("review", series("Harbor"), ch("Bo Lind"), lone("Peg"))},
			want: []string{"Character{Ada Quist}", "Character{Bo Lind}", "Character{Margaret Lowe}", "Character{Peg}", "Series{Harbor}"},
		},
		{
			// The pages name no one in common, but both are about the
			// series: its page, and a review that names only its critic.
			name: "a-form-on-a-page-about-the-series-joins",
			docs: []doc{about(page("page", series("Harbor"), ch("Margaret Lowe"), ch("Ada Quist"))), about(page("review", series("Harbor"), men("Bo Lind", graph.Person, st), lone("Peg")))},
			want: []string{"Character{Ada Quist}", "Character{Margaret Lowe, Peg} by lone-given-form", "Person{Bo Lind}", "Series{Harbor}"},
		},
		{
			name: "a-form-on-a-page-that-shares-a-name-joins",
			docs: []doc{page("page", series("Harbor"), ch("Margaret Lowe"), ch("Ada Quist")), page("review", series("Harbor"), ch("Ada Quist"), lone("Peg"))},
			want: []string{"Character{Ada Quist}", "Character{Margaret Lowe, Peg} by lone-given-form", "Series{Harbor}"},
		},
		{
			name: "two-characters-it-may-stand-for-keep-it-apart",
			docs: []doc{page("page", series("Harbor"), ch("Margaret Lowe"), ch("Maggie Fenn")), page("review", series("Harbor"), lone("Peg"))},
			want: []string{"Character{Maggie Fenn}", "Character{Margaret Lowe}", "Character{Peg}", "Series{Harbor}"},
		},
	})
}
