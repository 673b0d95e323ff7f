package extract_test

import (
	"testing"

	"github.com/kgbuild/kg/graph"
)

// TestQuestionWordTitle checks that a question word before a show's title
// in a lead-shaped headline or a headline of a show's news is no part of
// the title when the page names the title without it, and stays when the
// page names the whole title again ("Why Harbor Fell" is a title).
func TestQuestionWordTitle(t *testing.T) {
	const body = "\n\nI have been watching %s since it began, and %s keeps getting better.\n"
	checkTypes(t, []typeCase{
		{"why-lead", "Why Harbor Lights is the best crime drama on TV right now" + fmtBody(body, "Harbor Lights"), "Why Harbor Lights", "-"},
		{"why-lead-title", "Why Harbor Lights is the best crime drama on TV right now" + fmtBody(body, "Harbor Lights"), "Harbor Lights", graph.Series},
		{"how-headline", "How Harbor Lights Season 2 Changes Everything" + fmtBody(body, "Harbor Lights"), "Harbor Lights", graph.Series},
		{"title-with-why", "Why Harbor Fell is the best crime drama on TV right now" + fmtBody(body, "Why Harbor Fell"), "Why Harbor Fell", graph.Series},
	})
}
