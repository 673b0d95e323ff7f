package resolve

import (
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

func TestSubtitleAlone(t *testing.T) {
	const st, lex, shape = extract.SigStructure, extract.SigLexicon, extract.SigShape
	series := men("Harbor Watch: Night Shift", graph.Series, st)
	runRuleCases(t, []ruleCase{
		{
			name: "subtitle-taken-for-a-place",
			docs: []doc{
				{id: "list", ms: []extract.Mention{series}},
				{id: "wiki", ms: []extract.Mention{men("Night Shift", graph.Place, lex)}},
			},
			want: []string{"Series{Harbor Watch: Night Shift, Night Shift} by subtitle-alone typed by subtitle-alone"},
		},
		{
			name: "subtitle-as-a-series",
			docs: []doc{{id: "wiki", ms: []extract.Mention{series, men("Night Shift", graph.Series, lex)}}},
			want: []string{"Series{Harbor Watch: Night Shift, Night Shift} by subtitle-alone"},
		},
		{
			name: "subtitle-a-person-by-shape",
			docs: []doc{{id: "wiki", ms: []extract.Mention{series, men("Night Shift", graph.Person, shape)}}},
			want: []string{"Series{Harbor Watch: Night Shift, Night Shift} by subtitle-alone typed by subtitle-alone"},
		},
		{
			name: "an-organization-of-the-story-stays",
			docs: []doc{{id: "wiki", ms: []extract.Mention{series, men("Night Shift", graph.Organization, st)}}},
			want: []string{"Organization{Night Shift}", "Series{Harbor Watch: Night Shift}"},
		},
		{
			name: "one-word-subtitle",
			docs: []doc{{id: "wiki", ms: []extract.Mention{men("Harbor Watch: Legacy", graph.Series, st), men("Legacy", graph.Place, lex)}}},
			want: []string{"Place{Legacy}", "Series{Harbor Watch: Legacy}"},
		},
	})
}
