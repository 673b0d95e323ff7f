package extract_test

import (
	"testing"

	"github.com/kgbuild/kg/graph"
)

// TestSequelCue checks that a title after the words that make it a show's
// forerunner or an actor's soap ("the prequel to", "the soap") is typed a
// series, and that a possessive after the cue still names a person.
func TestSequelCue(t *testing.T) {
	checkTypes(t, []typeCase{
		{"prequel-to", "The new drama is a prequel to Harbor Nights and ends after six seasons.\n", "Harbor Nights", graph.Series},
		{"reboot-of", "Fans of the reboot of Gull Point Lane were let down by the finale.\n", "Gull Point Lane", graph.Series},
		{"soap-one-word", "She previously played a nurse on the British soap Dockhaven for years.\n", "Dockhaven", graph.Series},
		{"possessive-after", "The book is a sequel to Odran Velt's first novel about the coast.\n", "Odran Velt", graph.Person},
	})
}

// TestOfficeTitle checks that a run shaped as an office ("Mayor of Gull
// Point") after a word that says a show is named next is typed a series,
// and that the office alone is still no name.
func TestOfficeTitle(t *testing.T) {
	checkTypes(t, []typeCase{
		{"drama-cue", "The network renewed the crime drama Mayor of Gull Point for a third season.\n", "Mayor of Gull Point", graph.Series},
		{"series-cue-quoted", "Fans of the series “Warden of Dockhaven” will be pleased.\n", "Warden of Dockhaven", graph.Series},
		{"office-alone", "She met the Mayor of Gull Point at the harbour.\n", "Mayor of Gull Point", "-"},
	})
}

// TestSeriesStarCreditPair checks that a name before "stars" is no title
// when it ends a pair of makers after "by", and still is one otherwise.
func TestSeriesStarCreditPair(t *testing.T) {
	checkTypes(t, []typeCase{
		{"maker-pair", "The thriller created by Odran Velt and Ismay Drozd stars Corwin Aldane as a mayor.\n", "Ismay Drozd", graph.Person},
		{"star-of-title", "The premiere drew fans of the former Gull Point Lane star Corwin Aldane to the festival.\n", "Gull Point Lane", graph.Series},
		{"stars-of-title", "On Friday the Gull Point Lane stars Corwin Aldane and Ismay Drozd arrived.\n", "Gull Point Lane", graph.Series},
	})
}

// TestOnNetworkKnownPlace checks that a well-known place before "on" and
// a network is no show's title ("premiered in the United States on
// Lumen"), while an unknown run there still is one.
func TestOnNetworkKnownPlace(t *testing.T) {
	checkTypes(t, []typeCase{
		{"known-place", "The drama premiered in June in the United States on Netflix and in Canada later.\n", "United States", graph.Place},
		{"title", "Fans of Gull Point Lane on Netflix waited a year for the finale.\n", "Gull Point Lane", graph.Series},
	})
}
