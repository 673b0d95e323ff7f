package extract_test

import (
	"testing"

	"github.com/kgbuild/kg/graph"
)

// TestQuotedOfficeTitle checks that an office and what it heads, or a
// title word before a name, standing whole in quotation marks in a
// headline is a series' title, while the same words bare are an office or
// a name in a role.
func TestQuotedOfficeTitle(t *testing.T) {
	const body = "\n\nVista+ has renewed the drama for a third season. It stars Ada Vale as a warden.\n"
	checkTypes(t, []typeCase{
		{"quoted-office", "Ada Vale’s ‘Mayor of Eastbrook’ Renewed for Season Three" + body, "Mayor of Eastbrook", graph.Series},
		{"quoted-titled-name", "Ada Vale’s “Judge Harlan” Renewed for Season Three" + body, "Judge Harlan", graph.Series},
		{"bare-office", "The Mayor of Eastbrook Renewed His Pledge" + body, "Mayor of Eastbrook", "-"},
		{"bare-titled-name", "The drama stars Ada Vale as Judge Harlan Pike, a hard judge.\n", "Harlan Pike", graph.Character},
	})
}
