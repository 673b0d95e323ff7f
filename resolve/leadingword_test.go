package resolve

import (
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

func TestLeadingWord(t *testing.T) {
	shape := func(name string) extract.Mention { return men(name, graph.Person, extract.SigShape) }
	runRuleCases(t, []ruleCase{
		{
			name: "a-word-glued-before-a-full-name",
			docs: []doc{{id: "caption", ms: []extract.Mention{shape("Kestrel Ann Roe"), shape("Ann Roe")}}},
			want: []string{"Person{Ann Roe, Kestrel Ann Roe} by leading-word"},
		},
		{
			name: "in-another-document",
			docs: []doc{{id: "a", ms: []extract.Mention{shape("Kestrel Ann Roe")}}, {id: "b", ms: []extract.Mention{shape("Ann Roe")}}},
			want: []string{"Person{Ann Roe, Kestrel Ann Roe} by leading-word"},
		},
		{
			name: "a-familiar-given-name-before-it-stays-apart",
			docs: []doc{{id: "a", ms: []extract.Mention{shape("Mary Ann Roe"), shape("Ann Roe")}}},
			want: []string{"Person{Ann Roe}", "Person{Mary Ann Roe}"},
		},
		{
			name: "a-word-that-starts-another-name-stays-apart",
			docs: []doc{{id: "a", ms: []extract.Mention{shape("Kestrel Ann Roe"), shape("Ann Roe"), shape("Kestrel Dunn")}}},
			want: []string{"Person{Ann Roe}", "Person{Kestrel Ann Roe}", "Person{Kestrel Dunn}"},
		},
		{
			name: "a-name-the-structure-gives-stays-apart",
			docs: []doc{{id: "cast", ms: []extract.Mention{men("Kestrel Ann Roe", graph.Person, extract.SigStructure), shape("Ann Roe")}}},
			want: []string{"Person{Ann Roe}", "Person{Kestrel Ann Roe}"},
		},
	})
}

// TestLeadingWordNotCanonical: the name with the glued word is a variant
// of the entity, never its name.
func TestLeadingWordNotCanonical(t *testing.T) {
	s := reconcile(extractions([]doc{{id: "a", ms: []extract.Mention{
		men("Kestrel Ann Roe", graph.Person, extract.SigShape), men("Kestrel Ann Roe", graph.Person, extract.SigShape),
		men("Ann Roe", graph.Person, extract.SigShape)}}}))
	g := s.lookup(graph.Person, "Ann Roe").root()
	if got := canonical(s.variants(g)); got != "Ann Roe" {
		t.Errorf("canonical %q, want %q", got, "Ann Roe")
	}
}

// TestLeadingWordAfterNickname: a name with its nickname in quotation marks
// is the nickname rule's to join, and keeps its place as the full name.
func TestLeadingWordAfterNickname(t *testing.T) {
	s := reconcile(extractions([]doc{
		{id: "a", ms: []extract.Mention{men("Tobin “Toby” Roe", graph.Character, extract.SigLexicon)}},
		{id: "b", ms: []extract.Mention{men("Toby Roe", graph.Character, extract.SigLexicon)}},
	}))
	g := s.lookup(graph.Character, "Toby Roe").root()
	if got := canonical(s.variants(g)); got != "Tobin “Toby” Roe" {
		t.Errorf("canonical %q, want %q", got, "Tobin “Toby” Roe")
	}
	for _, m := range g.why {
		if m.rule == "leading-word" {
			t.Errorf("joined by leading-word: %s", m.text)
		}
	}
}
