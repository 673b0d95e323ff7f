package extract_test

import (
	"testing"

	"github.com/kgbuild/kg/graph"
)

// TestHeadingOverSeriesLead checks that a heading of two or three names
// over a paragraph that opens with a series' lead sentence is the series'
// name, the page's title, while over a paragraph about a person it stays
// that person's entry.
func TestHeadingOverSeriesLead(t *testing.T) {
	checkTypes(t, []typeCase{
		{"series-lead", "Harbor Lights\n\nHarbor Lights is a crime drama television series created by Ned Carrow. It stars Ada Vale.\n", "Harbor Lights", graph.Series},
		{"person-entry", "Cast\n\nBarnaby Pike\n\nPike plays the harbor master, a quiet man with a past.\n", "Barnaby Pike", graph.Person},
		{"actor-lead", "Barnaby Pike\n\nBarnaby Pike is an actor who stars in a crime drama series.\n", "Barnaby Pike", graph.Person},
	})
}
