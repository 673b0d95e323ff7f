package extract_test

import (
	"testing"

	"github.com/kgbuild/kg/extract"
)

// TestHeadlineOwnerOfQuotedTitle checks that a headline's quoted title
// after a possessive ("Tom Orrin’s ‘Salt Marsh’ Renewed") is the page's
// series.
func TestHeadlineOwnerOfQuotedTitle(t *testing.T) {
	for _, text := range []string{
		"Tom Orrin’s ‘Salt Marsh’ Renewed for Season Three\n\nLumen has renewed the drama for a third season.\n",
		"Lumen's 'Salt Marsh' Canceled After Two Seasons\n\nThe network has dropped the drama.\n",
	} {
		x := extractDocs(t, text)[0]
		if got := mentionField(x, "Salt Marsh", func(m extract.Mention) string { return m.Type + " " + m.Rule }); got != "Series headline-title" {
			t.Errorf("Salt Marsh in %q: %q, want Series headline-title", text, got)
		}
	}
}
