package extract_test

import "testing"

// TestNetworkCue checks that a lone word is an organization when it
// renews, orders or has learned of a show, or follows the name of its
// kind, and that a known place or a word without those cues is not one by
// that rule.
func TestNetworkCue(t *testing.T) {
	const lead = "The news is here.\n\n"
	checkTypes(t, []typeCase{
		{"renewed", lead + "Quillon has renewed the legal drama for a second season.\n", "Quillon", "Organization"},
		{"ordered", lead + "Quillon has ordered ten more episodes of the drama.\n", "Quillon", "Organization"},
		{"learned", lead + "The drama is coming back, Gazetta has learned.\n", "Gazetta", "Organization"},
		{"released-by", lead + "The figures were released by Quillon last week.\n", "Quillon", "Organization"},
		{"company-name-too", lead + "The figures were released by Quillon. It was made at Quillon Studios.\n", "Quillon", "Organization"},
		{"full-name-too", lead + "The figures were released by Quillon. It was made by Ada Quillon.\n", "Quillon", "Person"},
		{"novel-by", lead + "The drama adapts a novel by Quillon from 1990.\n", "Quillon", "Person"},
		{"sister-network", lead + "It was made for the sister network, Quillon, in Spanish.\n", "Quillon", "Organization"},
		{"known-place", lead + "The drama is coming back and France has ordered more.\n", "France", "Place"},
		{"no-cue", lead + "The drama is coming back and Quillon said nothing.\n", "Quillon", "-"},
	})
}
