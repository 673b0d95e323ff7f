package extract_test

import (
	"testing"

	"github.com/kgbuild/kg/graph"
)

// TestTitleCues checks that a title is a series where the words around it
// say it is a work (an example of a kind of show, a hit, an actor's other
// work in an aside, the show a creator is named by, a series' number, a
// run on air, a star), and that a person's name in the same places, or the words
// without the cue, keep what the other rules give them.
func TestTitleCues(t *testing.T) {
	checkTypes(t, []typeCase{
		{"kind-list-first", "The network is known for original series like Salt Harbor, Grey Mile and Dockside.\n", "Salt Harbor", graph.Series},
		{"kind-list-second", "The network is known for original series like Salt Harbor, Grey Mile and Dockside.\n", "Grey Mile", graph.Series},
		{"kind-list-such-as", "She loved dramas such as Quiet Coast before it.\n", "Quiet Coast", graph.Series},
		// The run cut short of its last capitalised word is no person's either.
		{"kind-list-part-of-title", "It is a series like Dark Harbor Story, which features the same actors.\n", "Dark Harbor", "-"},
		{"no-kind-list", "The network hired people like Tovin Rusk for the job.\n", "Tovin Rusk", graph.Person},
		{"hit", "The network had last year's breakout hit, Salt Harbor, on its slate.\n", "Salt Harbor", graph.Series},
		{"hit-verb", "In the car park he hit Tovin Rusk with a shovel.\n", "Tovin Rusk", graph.Person},
		{"paren-also", "The series stars Mira Tolliver (also from Salt Harbor) as a detective.\n", "Salt Harbor", graph.Series},
		{"paren-from", "The series stars Mira Tolliver (from Grey Mile) as a detective.\n", "Grey Mile", graph.Place},
		{"maker", "The slate includes a drama from Salt Harbor creator Tovin Rusk.\n", "Salt Harbor", graph.Series},
		{"maker-person", "The slate includes a drama from Salt Harbor creator Tovin Rusk.\n", "Tovin Rusk", graph.Person},
		{"the-title-producer", "The studio plans to develop Salt Harbor from The Grey Mile producer Tovin Rusk, based on a novel.\n", "The Grey Mile", graph.Series},
		{"the-title-producer-no-author", "The studio plans to develop Salt Harbor from The Grey Mile producer Tovin Rusk, based on a novel.\n", "Salt Harbor", ""}, // common words: a weak candidate, no person
		{"star-of", "Ann Roe, the brains and star of Quillmark, wrote the script.\n", "Quillmark", graph.Series},
		{"series-number", "Meet the cast of Salt Harbor series four before it returns.\n", "Salt Harbor", graph.Series},
		{"season-number", "We ranked every episode of Salt Harbor season two last night.\n", "Salt Harbor", graph.Series},
		{"series-no-number", "She wrote the Tovin Rusk series for a small press.\n", "Tovin Rusk", graph.Organization},
		{"run-of", "In the six-season run of Salt Harbor, the family clashes with everyone.\n", "Salt Harbor", graph.Series},
		{"run-of-verb", "He went for a run with Karen Lowe on Monday.\n", "Karen Lowe", graph.Person},
	})
}
