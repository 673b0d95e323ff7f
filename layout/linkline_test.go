package layout_test

import (
	"testing"

	"github.com/kgbuild/kg/layout"
)

// TestLinkLinesCarryOn checks that a line opening with a mark that opens
// no sentence (",", ".") carries on the paragraph above, however short
// the line above is, while a short line of its own stays apart.
func TestLinkLinesCarryOn(t *testing.T) {
	cases := []struct {
		name, text string
		want       int // blocks
	}{
		{"a comma line", "The third series began filming in the summer of 2011 in Eastbrook\nand Harbor\n, Westland\n. Filming ended in the autumn.\n", 1},
		{"a full stop line", "The show was filmed in a studio near the coast in Eastbrook\n. Filming ended in the autumn.\n", 1},
		{"a short line of its own", "The third series began filming in the summer of 2011.\nCast and crew\n", 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			blocks := structureText(t, c.text)
			if len(blocks) != c.want {
				t.Errorf("%d blocks %+v, want %d", len(blocks), blocks, c.want)
			}
			if len(blocks) > 0 && blocks[0].Kind != layout.BlockProse {
				t.Errorf("first block %+v, want prose", blocks[0])
			}
		})
	}
}
