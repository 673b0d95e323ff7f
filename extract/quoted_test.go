package extract_test

import (
	"testing"

	"github.com/kgbuild/kg/graph"
)

// TestQuotedEpisodesStayDropped checks that a quoted title the words
// before it make an episode's is no series, though the words after it
// speak as of a show, and that a quoted title in a list's parentheses is
// none either.
func TestQuotedEpisodesStayDropped(t *testing.T) {
	checkNotTyped(t, graph.Series, []notTypedCase{
		{"finale of a show", "Harbor Lights is a drama series.\n\nThis interview discusses the season one finale of Harbor Lights, \"Slack Tide,\" which aired Thursday on Lumen.\n", "Slack Tide"},
		{"finale", "Spoilers ahead for the season 3 finale, \"Closing Doors,\" which aired Thursday night.\n", "Closing Doors"},
		{"list name", "First appearances\n\n- Gil Ortega (\"The Tumour\")\n- Rob Dunne (\"Pilot\")\n", "The Tumour"},
		{"list item", "Victims\n\n1. Gil Ortega - Shot (\"The Tumour\")\n2. Rob Dunne - Shot (\"Pilot\")\n", "The Tumour"},
	})
}

// TestBasedOnSeriesIsNoBook checks that a show a series is based on,
// called a series, is not made a book by the based-on patterns.
func TestBasedOnSeriesIsNoBook(t *testing.T) {
	checkNotTyped(t, graph.Book, []notTypedCase{
		{"quoted", "Halvard Moe (based on the series \"Saltvand\" created by) (14 episodes, 2023-2025)\n", "Saltvand"},
		{"bare", "Harbor Lights is a remake based on the Danish series Saltvand, created by Halvard Moe.\n", "Saltvand"},
	})
}
