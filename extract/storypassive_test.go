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
