package extract_test

import (
	"testing"

	"github.com/kgbuild/kg/graph"
)

// TestNerPlaceBeforeActor checks that a lone word the tagger calls a
// place after "to" or "in" is no place when an actor's name in
// parentheses follows it, as a character's does, and still one without.
func TestNerPlaceBeforeActor(t *testing.T) {
	checkTypes(t, []typeCase{
		{"actor-after", "After the vote he apologizes to Dunmore (Tomas Pellgrave) for the lie.\n", "Dunmore", graph.Character},
		{"actor-after-in", "The last scene was shot with Ardmore (Nina Falkland) in the kitchen.\n", "Ardmore", graph.Character},
		{"no-actor", "After the vote he moved to Dunmore for a quieter life.\n", "Dunmore", graph.Place},
	})
}

// TestNerPlaceGivenName checks that a run opening with a given name is no
// place by the tagger's label after "in", while a run with a place's last
// word is one.
func TestNerPlaceGivenName(t *testing.T) {
	checkTypes(t, []typeCase{
		{"given-name-possessive", "Five women form a band in Helen Drummond's latest drama.\n", "Helen Drummond", graph.Person},
		{"given-name-song", "Her music goes from a hymn to Grace Tolliver's \"Later.\"\n", "Grace Tolliver", graph.Person},
		{"place-suffix", "The film crew moved to Charlotte Springs for the winter.\n", "Charlotte Springs", graph.Place},
	})
}

// TestEraNoOrganization checks that a name between "the" and "era" is no
// organization, while a name after "the" before another word still is.
func TestEraNoOrganization(t *testing.T) {
	checkTypes(t, []typeCase{
		{"era", "The theme, written for the show in the Tamsin Rell era of 1965, returned later.\n", "Tamsin Rell", graph.Person},
		{"article-org", "The theme was printed in the Harbor Ledger last spring.\n", "Harbor Ledger", graph.Organization},
	})
}
