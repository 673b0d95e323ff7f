package extract_test

import (
	"testing"

	"github.com/kgbuild/kg/graph"
)

// TestPlacePairOfPeople checks that "from X, Y" is read as a town and its
// country only where Y is no person's full name.
func TestPlacePairOfPeople(t *testing.T) {
	checkTrialTypes(t, []trialTypeCase{
		{"town and country", []string{"The crew flew in from Tromsø, Norway for the shoot.\n"}, "Norway", graph.Place},
		{"town and region", []string{"She grew up in Eastbrook, Harbor County before the war.\n"}, "Harbor County", graph.Place},
		{"a clause after a person", []string{"After a decade in Eastbrook, Hugh Dalby returns home.\n"}, "Eastbrook", graph.Place},
		{"a list of people", []string{"The show offers strong performances from Ruiz, Hugh Dalby and Lena Marsh.\n"}, "Hugh Dalby", graph.Person},
	})
}
