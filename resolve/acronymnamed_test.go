package resolve

import (
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

func TestAcronymNamedWith(t *testing.T) {
	const st, lex = extract.SigStructure, extract.SigLexicon
	org := func(name string) extract.Mention { return men(name, graph.Organization, lex) }
	wikis := []doc{
		{id: "wiki-a", ms: []extract.Mention{men("Harbor Police Department", graph.Organization, st)}},
		{id: "wiki-b", ms: []extract.Mention{men("Hollis Police Department", graph.Organization, st)}},
	}
	runRuleCases(t, []ruleCase{
		{
			name: "joins-the-one-its-document-names",
			docs: append(wikis, doc{id: "recap", ms: []extract.Mention{org("Harbor Police Department"), org("HPD")}}),
			want: []string{"Organization{HPD, Harbor Police Department} by acronym-named-with", "Organization{Hollis Police Department}"},
		},
		{
			name: "a-document-of-the-acronym-alone-gives-no-sign",
			docs: append(wikis,
				doc{id: "recap", ms: []extract.Mention{org("Harbor Police Department"), org("HPD")}},
				doc{id: "news", ms: []extract.Mention{org("HPD")}}),
			want: []string{"Organization{HPD}", "Organization{Harbor Police Department}", "Organization{Hollis Police Department}"},
		},
		{
			name: "a-document-naming-both-joins-neither",
			docs: append(wikis, doc{id: "recap", ms: []extract.Mention{org("Harbor Police Department"), org("Hollis Police Department"), org("HPD")}}),
			want: []string{"Organization{HPD}", "Organization{Harbor Police Department}", "Organization{Hollis Police Department}"},
		},
		{
			name: "named-in-no-document-of-the-acronym",
			docs: append(wikis, doc{id: "recap", ms: []extract.Mention{org("HPD")}}),
			want: []string{"Organization{HPD}", "Organization{Harbor Police Department}", "Organization{Hollis Police Department}"},
		},
	})
}
