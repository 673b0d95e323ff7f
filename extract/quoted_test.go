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
	tests := []struct{ name, text, title string }{
		{"finale of a show", "Harbor Lights is a drama series.\n\nThis interview discusses the season one finale of Harbor Lights, \"Slack Tide,\" which aired Thursday on Lumen.\n", "Slack Tide"},
		{"finale", "Spoilers ahead for the season 3 finale, \"Closing Doors,\" which aired Thursday night.\n", "Closing Doors"},
		{"list name", "First appearances\n\n- Gil Ortega (\"The Tumour\")\n- Rob Dunne (\"Pilot\")\n", "The Tumour"},
		{"list item", "Victims\n\n1. Gil Ortega - Shot (\"The Tumour\")\n2. Rob Dunne - Shot (\"Pilot\")\n", "The Tumour"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, x := range trialDocs(t, tt.text) {
				for _, m := range x.Mentions {
					if m.Name == tt.title && m.Type == graph.Series {
						t.Errorf("%q typed a series by %s", m.Name, m.Rule)
					}
				}
			}
		})
	}
}

// TestBasedOnSeriesIsNoBook checks that a show a series is based on,
// called a series, is not made a book by the based-on patterns.
func TestBasedOnSeriesIsNoBook(t *testing.T) {
	tests := []struct{ name, text, title string }{
		{"quoted", "Halvard Moe (based on the series \"Saltvand\" created by) (14 episodes, 2023-2025)\n", "Saltvand"},
		{"bare", "Harbor Lights is a remake based on the Danish series Saltvand, created by Halvard Moe.\n", "Saltvand"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, x := range trialDocs(t, tt.text) {
				for _, m := range x.Mentions {
					if m.Name == tt.title && m.Type == graph.Book {
						t.Errorf("%q typed a book by %s", m.Name, m.Rule)
					}
				}
			}
		})
	}
}
