package extract_test

import (
	"fmt"
	"testing"

	"github.com/kgbuild/kg/graph"
)

// TestHeadlineColonCut checks that a headline's title that runs past a
// colon into the words naming a part of the series is cut at the colon
// when the page names the words before it again, in any case, and names
// neither the whole nor the words after the colon again; a subtitle the
// page repeats stays.
func TestHeadlineColonCut(t *testing.T) {
	const body = "\nPart One of %s’s last season tells a mostly complete story. Every week %s gives its viewers a new scheme.\n"
	checkTypes(t, []typeCase{
		{"capitals-edition", "HARBOR LIGHTS: THE COMPLETE FINAL SEASON" + fmtBody(body, "Harbor Lights"), "HARBOR LIGHTS", graph.Series},
		{"capitals-edition-whole-gone", "HARBOR LIGHTS: THE COMPLETE FINAL SEASON" + fmtBody(body, "Harbor Lights"), "HARBOR LIGHTS: THE COMPLETE", "-"},
		{"title-case-edition", "Harbor Lights: The Complete Final Season" + fmtBody(body, "Harbor Lights"), "Harbor Lights: The Complete", "-"},
		{"subtitle-repeated", "Harbor: New Tide Finale Recap" + fmtBody(body, "New Tide"), "Harbor: New Tide", graph.Series},
		{"whole-repeated", "Harbor: New Tide Finale Recap" + fmtBody(body, "Harbor: New Tide"), "Harbor: New Tide", graph.Series},
	})
}

// fmtBody fills both places of body with title.
func fmtBody(body, title string) string { return fmt.Sprintf(body, title, title) }

// TestHeadlineOfficeTitle checks that a headline whose title opens with an
// office, and which the headline pattern reads on to "Season", gives the
// page's series when the page names the title before the colon again, and
// does not when it does not.
func TestHeadlineOfficeTitle(t *testing.T) {
	const head = "Mayor of Eastbrook: Ada Vale Series Returning for Season 3\n\nVista+ is bringing back the drama for a third season.\n"
	checkTypes(t, []typeCase{
		{"named-again", head + "Mayor of Eastbrook follows the Hollis family. Vista+'s Mayor of Eastbrook also stars Tom Reyes.\n", "Mayor of Eastbrook", graph.Series},
		{"judge-named-again", "Judge Harlan: Ada Vale Series Returning for Season 3\n\nJudge Harlan follows a court. Vista+'s Judge Harlan also stars Tom Reyes.\n", "Judge Harlan", graph.Series},
		{"not-named-again", head + "The drama follows the Hollis family.\n", "Mayor of Eastbrook", "-"},
	})
}

// TestHeadlineLabel checks that a label of the page's kind before a colon
// ("REVIEW:", "Watch:") is no part of the headline's title.
func TestHeadlineLabel(t *testing.T) {
	const body = "\n\nSeries 6 of Harbor of Lies has hit our screens. It follows a unit of the fictional Central Police.\n"
	checkTypes(t, []typeCase{
		{"review-label", "REVIEW: Harbor of Lies Season 6" + body, "REVIEW: Harbor of Lies", "-"},
		{"review-label-title", "REVIEW: Harbor of Lies Season 6" + body, "Harbor of Lies", graph.Series},
		{"watch-label", "Watch: Harbor of Lies Season 6 Trailer" + body, "Watch: Harbor of Lies", "-"},
		{"title-before-colon", "Harbor of Lies: Season 6 Review" + body, "Harbor of Lies", graph.Series},
	})
}
