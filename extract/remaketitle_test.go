package extract_test

import (
	"testing"

	"github.com/kgbuild/kg/graph"
)

// TestRemakeTitle checks that the title of a show's remake, set off by a
// comma or quotation marks after "remake", "version" or "adaptation", is
// a show, while a name after those words stays someone's.
func TestRemakeTitle(t *testing.T) {
	checkTypes(t, []typeCase{
		{"remake-for-country", "In the remake for Ireland, Striking Tide, the lawyer is played by Ada Vale.\n", "Striking Tide", graph.Series},
		{"remake-article", "In the remake for India, The Quiet Hearing, the lawyer is played by Ada Vale.\n", "The Quiet Hearing", graph.Series},
		{"quoted-version", "In the Egyptian version \"The Crossing Gate\" the lawyer is played by Ada Vale.\n", "The Crossing Gate", graph.Series},
		{"remake-after-title", "He also played a detective in the American Harbor remake, Gull Point, in 2014.\n", "Gull Point", graph.Series},
		{"possessive-name", "In the remake for Japan, Ivy’s counterpart is played by Ada Vale.\n", "Ivy", graph.Character},
		{"given-name", "In the remake for Japan, Nora Quist is played by Ada Vale.\n", "Nora Quist", graph.Character},
	})
}
