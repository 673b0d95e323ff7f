package extract_test

import (
	"testing"

	"github.com/kgbuild/kg/graph"
)

// TestStoryPassive checks that a full name after a crime story's verb in
// the passive ("was killed by") is typed a character's, while one after a
// verb of a series' making, or an organization's name, is not.
func TestStoryPassive(t *testing.T) {
	checkTypes(t, []typeCase{
		{"killed-by", "In the third episode the nurse was killed by Odran Velt in a parking garage.\n", "Odran Velt", graph.Character},
		{"instigated-by", "They are caught in a kidnapping, a plot instigated by Ismay Drozd and his men.\n", "Ismay Drozd", graph.Character},
		{"adverb-line", "Severely wounded by Corwin Aldane.\n", "Corwin Aldane", graph.Character},
		{"maker-stays-person", "The second season was written by Odran Velt and filmed in winter.\n", "Odran Velt", graph.Person},
		{"org-stays-org", "The convoy was attacked by Greyhaven Security Services near the border.\n", "Greyhaven Security Services", graph.Organization},
	})
}

// TestPlaysPossessive checks that a full name after the verb of playing
// and a show's possessive ("playing Saltmarks’ Ismay Drozd") is typed a
// character's, and a name after a possessive with no such verb is not.
func TestPlaysPossessive(t *testing.T) {
	checkTypes(t, []typeCase{
		{"playing-plural-possessive", "The actor, best known for playing Saltmarks’ Ismay Drozd, joins the cast.\n", "Ismay Drozd", graph.Character},
		{"played-possessive", "She once played Gull Point's Corwin Aldane for three years.\n", "Corwin Aldane", graph.Character},
		{"no-verb", "The finale was praised by Harbor Weekly's Corwin Aldane in a long piece.\n", "Corwin Aldane", graph.Person},
	})
}

// TestStoryBoss checks that a full name after a possessive pronoun and
// "boss" is typed a character's, and one after a company's name and
// "boss" a person's.
func TestStoryBoss(t *testing.T) {
	checkTypes(t, []typeCase{
		{"their-former-boss", "Meanwhile they try to shame their former boss Corwin Aldane in court.\n", "Corwin Aldane", graph.Character},
		{"her-boss", "She is shot by order of her unforgiving boss Ismay Drozd at the lake.\n", "Ismay Drozd", graph.Character},
		{"company-boss", "The renewal was confirmed by Lumen boss Corwin Aldane on Friday.\n", "Corwin Aldane", graph.Person},
	})
}
