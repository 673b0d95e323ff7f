package extract_test

import (
	"testing"

	"github.com/kgbuild/kg/graph"
)

// TestHeadingOfCharacter checks that a heading that is only a name is read
// as a cast page's entry for a person, except where the corpus knows the
// name as a character's: then it is the character's own section.
func TestHeadingOfCharacter(t *testing.T) {
	checkTrialTypes(t, []trialTypeCase{
		{"cast page entry", []string{"Cast\n\nBarnaby Pike\n\nPike plays the harbour master.\n"}, "Barnaby Pike", graph.Person},
		{"known character", []string{castPage, "Ivy Cole\n\nIvy grew up in a small town.\n"}, "Ivy Cole", graph.Character},
	})
}
