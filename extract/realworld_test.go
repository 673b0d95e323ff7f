package extract_test

import (
	"testing"

	"github.com/kgbuild/kg/graph"
)

func init() {
	typingCases = append(typingCases, []typingCase{
		{"office-holder", []string{"\"We are proud,\" Lumen's President Dana Whitfield said.\n"}, "Dana Whitfield", graph.Person},
		{"creator-possessive", []string{"The show updates Sir Carl Venn's character Ivy Cole for today.\n"}, "Carl Venn", graph.Person},
	}...)
}

// TestRealWorldCues checks that a company's office and a creator's
// possessive make a full name a real person's where the page, a title
// word or a first name the corpus knows as a character's would make it a
// character's, and that the same words without the company or the work
// leave it to those rules.
func TestRealWorldCues(t *testing.T) {
	const lonePage = "= Ivy Cole =\n\n- Portrayed by: Lena Marsh\n- Occupation: Detective\n\nIvy Cole is a detective in the series.\n\nDana grew up in a small town.\n\n"
	checkTrialTypes(t, []trialTypeCase{
		{"company office in the run", []string{"\"We are proud,\" Lumen Entertainment President Dana Whitfield said.\n"}, "Dana Whitfield", graph.Person},
		{"company possessive before the office", []string{"The deal pleased Lumen's President Dana Whitfield a lot.\n"}, "Dana Whitfield", graph.Person},
		{"a story's president", []string{"In the finale President Dana Whitfield resigns.\n"}, "Dana Whitfield", graph.Character},
		{"creator's character", []string{"The show updates Sir Carl Venn's character Ivy Cole for today.\n"}, "Carl Venn", graph.Person},
		{"creator's novels", []string{lonePage + "The plot follows Carl Venn's novels closely.\n"}, "Carl Venn", graph.Person},
		{"character page prose", []string{lonePage + "The plot follows Carl Venn closely.\n"}, "Carl Venn", graph.Character},
		{"office in apposition, page prose", []string{lonePage + "The deal was announced, said Carl Venn, Lumen's president.\n"}, "Carl Venn", graph.Person},
		{"office of a company in apposition, first name of a character", []string{lonePage + "The deal was announced, said Dana Venn, president of Lumen.\n"}, "Dana Venn", graph.Person},
	})
}
