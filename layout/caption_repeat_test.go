package layout_test

import (
	"testing"

	"github.com/kgbuild/kg/layout"
)

// TestAgencyCredit checks that a caption ending with an unlabelled picture
// credit after a dash or a full stop ("- Photographer/Agency") is read as
// the caption's sentence (prose) and the credit's names as fields, while
// headlines with a dash stay headings.
func TestAgencyCredit(t *testing.T) {
	cases := []struct {
		name, text string
		want       layout.BlockKind
		source     string // the credit's last name, "" when there is no credit
	}{
		{"a cast photo's caption", "Mara Vance, Tom Orrin and Nell Tarrant in Harbor Lights - UBN/Snapframe", layout.BlockProse, "Snapframe"},
		{"an en dash and a photographer", "Mara Vance receiving an award from Tom Orrin in 2004 – Dara Quillon/UBN", layout.BlockProse, "UBN"},
		{"a credit after the caption's full stop", "Mara Vance and Tom Orrin in the UBN series 'Harbor.' Tidewater Films/Harbor Pictures", layout.BlockProse, "Harbor Pictures"},
		{"a logo's credit", "UBN Logo. Picture Commons/UBN Press Room", layout.BlockProse, "UBN Press Room"},
		{"a labelled credit is the credit-tail's", "Mara Vance in Harbor Lights. Photo: Dara Quillon/UBN", layout.BlockProse, "UBN"},
		{"a sentence that ends with a slash of times", "It airs at 10 p.m. ET/PT", layout.BlockProse, ""},
		{"a headline with a dash", "Harbor Lights - Season 2 Premiere Date", layout.BlockHeading, ""},
		{"a short line with a slash after its dash", "Harbor Lights - Drama/Crime", layout.BlockHeading, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			blocks := structureText(t, c.text)
			if len(blocks) == 0 || blocks[0].Kind != c.want {
				t.Fatalf("blocks %+v, want a %s block first", blocks, c.want)
			}
			if c.source == "" {
				return
			}
			last := blocks[len(blocks)-1]
			if last.Kind != layout.BlockField || len(last.Values) == 0 || last.Values[len(last.Values)-1].Text != c.source {
				t.Errorf("blocks %+v, want a credit field ending with %q", blocks, c.source)
			}
		})
	}
}

// TestRepeatedCaptionIsNoHeading checks that a title-like line printed
// twice running is a photograph's caption (prose) when it has a sentence's
// words, and stays a heading when it is a title or a list of names.
func TestRepeatedCaptionIsNoHeading(t *testing.T) {
	cases := []struct {
		name, text string
		want       layout.BlockKind
	}{
		{"a caption printed twice", "Mara Vance and Tom Orrin star in UBN’s upcoming legal drama ‘Harbor’\nMara Vance and Tom Orrin star in UBN’s upcoming legal drama ‘Harbor’\n", layout.BlockProse},
		{"printed twice with a blank line between", "Tom Orrin in his office in Port Ellis\n\nTom Orrin in his office in Port Ellis\n", layout.BlockProse},
		{"a caption printed once", "Mara Vance and Tom Orrin star in UBN’s upcoming legal drama ‘Harbor’\nThe show returns.\n", layout.BlockHeading},
		{"a title printed twice", "Harbor Lights\nHarbor Lights\n", layout.BlockHeading},
		{"names printed twice", "Mara Vance and Tom Orrin\nMara Vance and Tom Orrin\n", layout.BlockHeading},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			blocks := structureText(t, "The show returns.\n\n"+c.text)
			if len(blocks) < 2 || blocks[1].Kind != c.want {
				t.Errorf("blocks %+v, want a %s block second", blocks, c.want)
			}
		})
	}
}

// TestPicturedCast checks that a photograph's text run into its caption
// ("Image for Jane RoeJane Roe") is dropped, and that a cast section's list
// of names most of which are photographs' captions is read as one cast
// field of actors, not as actor and character pairs.
func TestPicturedCast(t *testing.T) {
	cases := []struct {
		name, text string
		key        string // the key of the block after the heading
		values     []string
	}{
		{"a row of head shots", "Main Cast\n\nImage for Mara VanceMara Vance\nTom Orrin\nImage for Nell TNell T'Arrant\nImage for Roy DaneRoy Dane\n",
			"cast", []string{"Mara Vance", "Tom Orrin", "Nell T'Arrant", "Roy Dane"}},
		{"names without photographs", "Main Cast\n\nMara Vance\nTom Orrin\nNell Tarrant\nRoy Dane\n", "", []string{"Mara Vance", "Tom Orrin"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			blocks := structureText(t, "The show returns.\n\n"+c.text)
			if len(blocks) < 3 || blocks[2].Key != c.key || len(blocks[2].Values) != len(c.values) {
				t.Fatalf("blocks %+v, want a block keyed %q with %d values third", blocks, c.key, len(c.values))
			}
			for i, v := range blocks[2].Values {
				if v.Text != c.values[i] {
					t.Errorf("value %d %q, want %q", i, v.Text, c.values[i])
				}
			}
		})
	}
}

// TestImageTextDropped checks that a photograph's text is dropped only
// where it runs into a caption that repeats it.
func TestImageTextDropped(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"a name's caption", "Image for Mara VanceMara Vance", "Mara Vance"},
		{"a cut-short text", "Photo of Nell TNell T'Arrant", "Nell T'Arrant"},
		{"a writer's portrait before the byline", "Photo of Dara Quillon By Dara Quillon | Harbor Notes May 1, 2024", "By Dara Quillon | Harbor Notes May 1, 2024"},
		{"a portrait of someone else", "Photo of Dara Quillon By Tom Orrin", "Photo of Dara Quillon By Tom Orrin"},
		{"a heading about photographs", "Photo of the Week", "Photo of the Week"},
		{"a text with another caption", "Image for Mara VanceTom Orrin", "Image for Mara VanceTom Orrin"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			blocks := structureText(t, "The show returns.\n\n"+c.text+"\n")
			if len(blocks) != 2 || blocks[1].Span.Text != c.want {
				t.Errorf("blocks %+v, want %q second", blocks, c.want)
			}
		})
	}
}
