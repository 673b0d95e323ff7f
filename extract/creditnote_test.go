package extract_test

import (
	"testing"

	"github.com/kgbuild/kg/graph"
)

// TestCreditNoteFigures checks that a title in parentheses after a name
// that opens with an article and a figure ("The 2200") is read as the
// person's other work, as one opening with a capitalised word is, and that
// a note of a figure alone is not.
func TestCreditNoteFigures(t *testing.T) {
	checkTypes(t, []typeCase{
		{"article-figure", "The cast is strong. Karen Lowe (The 2200) is ideal as the mayoral candidate.\n", "The 2200", graph.Series},
		{"article-word", "The cast is strong. Karen Lowe (The Tide) is ideal as the mayoral candidate.\n", "The Tide", graph.Series},
		{"figure-alone", "The cast is strong. Karen Lowe (2200) is ideal as the mayoral candidate.\n", "2200", "-"},
	})
}
