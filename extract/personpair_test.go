package extract_test

import (
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

// TestPlacePairOfPeople checks that "from X, Y" is read as a town and its
// country only where Y is no person's full name.
func TestPlacePairOfPeople(t *testing.T) {
	tests := []struct {
		name, text, who, typ string
	}{
		{"town and country", "The crew flew in from Tromsø, Norway for the shoot.\n", "Norway", graph.Place},
		{"town and region", "She grew up in Eastbrook, Harbor County before the war.\n", "Harbor County", graph.Place},
		{"a clause after a person", "After a decade in Eastbrook, Hugh Dalby returns home.\n", "Eastbrook", graph.Place},
		{"a list of people", "The show offers strong performances from Ruiz, Hugh Dalby and Lena Marsh.\n", "Hugh Dalby", graph.Person},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := trialDocs(t, tt.text)[0]
			if got := mentionField(x, tt.who, func(m extract.Mention) string { return m.Type }); got != tt.typ {
				t.Errorf("%q typed %q, want %q", tt.who, got, tt.typ)
			}
		})
	}
}
