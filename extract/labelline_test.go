package extract_test

import "testing"

// TestLabelsDatesAndPrefixesAreNoNames checks that the first word of a
// fact box's label, a season before a year and a word opening with a
// prefix ("Anti-") are read as no names, while a company before its kind
// inside a sentence is kept.
func TestLabelsDatesAndPrefixesAreNoNames(t *testing.T) {
	const box = "Harbor Watch - Wikipedia\nHarbor Watch\n\nGenre\nDrama\nCreated byNina Falk\nProduction company(s)\n  • Vireo Films Ltd\nOriginal network\nOriginal release8 April 2018 (2018-04-08) –\npresent (present)\nExternal links\nOfficial website\n\nHarbor Watch is a drama series.\n"
	checkKept(t, []keptCase{
		{"a label's adjective", box, "Original", false},
		{"another label's adjective", box, "Official", false},
		{"a company before its kind", "The show moved to the Vireo network in its third year.\n", "Vireo", true},
		{"a season before a year", "The review is here.\n\nFilming will conclude in Autumn 2011, after the play ends.\n", "Autumn", false},
		{"a season of a year", "The review is here.\n\nIt was filmed in Winter of 1999 near the coast.\n", "Winter", false},
		{"a prefixed word", "The review is here.\n\nDespite suffering from Anti-NMDA encephalitis, Tom Vale returned.\n", "Anti-NMDA", false},
		{"the person beside", "The review is here.\n\nDespite suffering from Anti-NMDA encephalitis, Tom Vale returned.\n", "Tom Vale", true},
	})
}
