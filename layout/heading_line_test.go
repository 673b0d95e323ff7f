package layout_test

import (
	"testing"

	"github.com/kgbuild/kg/layout"
)

// TestCaptionWithCreditIsNoHeading checks that a short title-like line
// that ends with a photo credit is read as a caption's sentence (prose,
// before the credit's own fields),
// while headlines and title lines without a credit stay headings.
func TestCaptionWithCreditIsNoHeading(t *testing.T) {
	cases := []struct {
		name, text string
		want       layout.BlockKind
	}{
		{"a credit in brackets", `Mara Vance and Tom Orrin star in "Harbor Lights." (Dara Quillon/UBN)`, layout.BlockProse},
		{"a labelled credit in brackets", "Mara Vance in Harbor Lights (Photo by: Dara Quillon/UBN)", layout.BlockProse},
		{"a credit after a sentence", "Nell Tarrant in season 2 of Harbor Lights. Photo: Tidewater Films/Halcyon", layout.BlockProse},
		{"a credit after a dash", "Mara Vance and Tom Orrin in 'Harbor Lights' - Photo by Dara Quillon/UBN", layout.BlockProse},
		{"a photographer after a dash", "Harbor Lights: Nell Tarrant (MARA VANCE) - Photographer: Dara Quillon", layout.BlockProse},
		{"a headline", "Harbor Lights Renewed for Season 2", layout.BlockHeading},
		{"a title with a network in brackets", "Harbor Lights (UBN 2014, Mara Vance, Tom Orrin)", layout.BlockHeading},
		{"a character in brackets", "Rocky times ahead: Nell Tarrant (Mara Vance)", layout.BlockHeading},
		{"a gallery heading", "Photo Gallery: Look Back at the Best Moments", layout.BlockHeading},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			blocks := structureText(t, c.text)
			if len(blocks) == 0 || blocks[0].Kind != c.want {
				t.Errorf("blocks %+v, want a %s block first", blocks, c.want)
			}
		})
	}
}

// TestHeadingEditLink checks that the "Edit" link a copied wiki heading
// ran into is taken off the heading, and only such a link.
func TestHeadingEditLink(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"a section heading with its link", "Harbor PoliceEdit", "Harbor Police"},
		{"a one-word heading with its link", "BackgroundEdit", "Background"},
		{"a heading that ends with the word", "Final Cut and Edit", "Final Cut and Edit"},
		{"a name that ends so", "Meredith", "Meredith"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			blocks := structureText(t, "The show returns.\n\n"+c.text+"\n")
			if len(blocks) != 2 || blocks[1].Kind != layout.BlockHeading || blocks[1].Span.Text != c.want {
				t.Errorf("blocks %+v, want a heading %q", blocks, c.want)
			}
		})
	}
}

// TestLineEndsSentenceOrPage checks that a short title-like line is read as
// prose when it is a sentence closed inside single quotation marks
// ("... in 'Harbor Lights.'") or the start of a sentence that the page's
// end cut off, while a headline, a title in single quotation marks and a
// heading followed by text stay headings.
func TestLineEndsSentenceOrPage(t *testing.T) {
	cases := []struct {
		name, text string
		want       []layout.BlockKind
	}{
		{"a sentence closed inside single marks", "Mara Vance and her husband, Tom Orrin in UBN's 'Harbor Lights.'\n\nThe show returns.\n",
			[]layout.BlockKind{layout.BlockProse, layout.BlockProse}},
		{"a sentence closed inside curly single marks", "Mara Vance and her husband, Tom Orrin in UBN’s ‘Harbor Lights.’\n\nThe show returns.\n",
			[]layout.BlockKind{layout.BlockProse, layout.BlockProse}},
		{"a headline with a title in single marks", "'Harbor Lights' Recap: The Student Becomes the Teacher\n\nThe show returns.\n",
			[]layout.BlockKind{layout.BlockHeading, layout.BlockProse}},
		{"a sentence cut off by the page's end", "The show returns.\n\nNell \"Nellie\" Tarrant is the ti",
			[]layout.BlockKind{layout.BlockProse, layout.BlockProse}},
		{"a headline cut off by the page's end", "The show returns.\n\nHarbor Lights: Nell Tarrant and Tom Orrin get the boot",
			[]layout.BlockKind{layout.BlockProse, layout.BlockProse}},
		{"the same headline before text", "The show returns.\n\nHarbor Lights: Nell Tarrant and Tom Orrin get the boot\n\nShe starts in May.\n",
			[]layout.BlockKind{layout.BlockProse, layout.BlockHeading, layout.BlockProse}},
		{"a heading at the page's end", "The show returns.\n\nSeason Two Cast",
			[]layout.BlockKind{layout.BlockProse, layout.BlockHeading}},
		{"a lone headline", "Harbor Lights: Nell Tarrant and Tom Orrin get the boot",
			[]layout.BlockKind{layout.BlockHeading}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			blocks := structureText(t, c.text)
			var got []layout.BlockKind
			for _, b := range blocks {
				got = append(got, b.Kind)
			}
			if len(got) != len(c.want) {
				t.Fatalf("blocks %+v, want kinds %v", blocks, c.want)
			}
			for i := range got {
				if got[i] != c.want[i] {
					t.Errorf("block %d is a %s, want a %s (blocks %+v)", i, got[i], c.want[i], blocks)
				}
			}
		})
	}
}
