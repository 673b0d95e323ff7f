package extract_test

import "testing"

// TestCommonThingsAreNoNames checks that award categories, events, the
// plural of a nation's people and the abbreviations of conditions and
// wars are read as no names, while a person's name beside them is kept.
func TestCommonThingsAreNoNames(t *testing.T) {
	checkKept(t, []keptCase{
		{"an award category", "The show won the Emmy Awards for Outstanding Miniseries, and Nina Falk was praised.\n", "Outstanding Miniseries", false},
		{"a category in a list", "It received nominations including Outstanding Writing, another for Nina Falk.\n", "Outstanding Writing", false},
		{"a best category", "She was nominated for Best Supporting Actress by the critics.\n", "Best Supporting Actress", false},
		{"the person beside", "The show won the Emmy Awards for Outstanding Miniseries, and Nina Falk was praised.\n", "Nina Falk", true},
		{"a crash", "During the year of the Stock Market Crash, Tom Vale became rich.\n", "Stock Market Crash", false},
		{"a press tour", "The network announced it at the Winter Press Tour on Monday, with Nina Falk.\n", "Winter Press Tour", false},
		{"a nation's people", "She is a newcomer to Canadians at least, says Nina Falk.\n", "Canadians", false},
		{"a condition", "He is a soldier who suffers from PTSD and must find peace.\n", "PTSD", false},
		{"a war", "He starred in last summer's WWII epic about the evacuation.\n", "WWII", false},
	})
}
