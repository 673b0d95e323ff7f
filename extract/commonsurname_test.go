package extract_test

import "testing"

// TestCommonWordSurname checks that a common word after a well-known given
// name is kept as the surname in prose, and left out in a title-cased
// headline or before a verb.
func TestCommonWordSurname(t *testing.T) {
	checkKept(t, []keptCase{
		{"in parentheses", "The series follows the agent Eve Marsh (Nora Oh), who is tired of her desk job.\n", "Nora Oh", true},
		{"opening a sentence", "The cast is here.\n\nNora Oh, best known for a hospital drama, plays the agent.\n", "Nora Oh", true},
		{"a surname that is an adjective", "The film stars Walter Best as the doctor and a dog.\n", "Walter Best", true},
		{"a prize named after a person", "She has been nominated twice for the Edgar Award.\n", "Edgar Award", false},
		{"a verb after the name", "Later that night, Sandra Did not answer the phone.\n", "Sandra Did", false},
	})
}
