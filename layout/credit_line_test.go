package layout_test

import (
	"slices"
	"testing"

	"github.com/kgbuild/kg/layout"
)

// TestPhotoCredits checks how a photo credit is split from its line: the
// people it names become a byline, the organizations a source, and the
// caption before it keeps the block the whole line had.
func TestPhotoCredits(t *testing.T) {
	type want struct {
		head            string // the block before the credit, "" if none
		people, sources []string
	}
	cases := []struct {
		name, text string
		want       want
	}{
		{"a credit line", "Credit: Courtesy of (C) Tidewater Films/Halcyon Studios", want{"", nil, []string{"Tidewater Films", "Halcyon Studios"}}},
		{"a photographer and an agency", "Photo credit: Dara Quillon/UBN", want{"", []string{"Dara Quillon"}, []string{"UBN"}}},
		{"the name after the picture's subject", "Credit: Harbor Lights: Dara Quillon", want{"", []string{"Dara Quillon"}, nil}},
		{"a caption's credit", "Mara Vance in season 2 of Harbor Lights. Photo: Tidewater Films/Halcyon", want{"Mara Vance in season 2 of Harbor Lights.", nil, []string{"Tidewater Films", "Halcyon"}}},
		{"a credit in brackets", "Mara Vance in 'Harbor Lights' (Photo by: Dara Quillon/UBN)", want{"Mara Vance in 'Harbor Lights'", []string{"Dara Quillon"}, []string{"UBN"}}},
		{"a photographer's label", "Harbor Lights: Mara Vance - (C) Tidewater Films - Photographer: Steff Orrin", want{"Harbor Lights: Mara Vance - (C) Tidewater Films", []string{"Steff Orrin"}, nil}},
		{"two studios", "Mara Vance in Harbor Lights (Photo: Tidewater Films and Halcyon Studios)", want{"Mara Vance in Harbor Lights", nil, []string{"Tidewater Films", "Halcyon Studios"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got want
			for _, b := range structureText(t, c.text) {
				var vals []string
				for _, v := range b.Values {
					vals = append(vals, v.Text)
				}
				switch {
				case b.Kind == layout.BlockField && b.Key == "byline":
					got.people = append(got.people, vals...)
				case b.Kind == layout.BlockField && b.Key == "source":
					got.sources = append(got.sources, vals...)
				default:
					got.head = b.Span.Text
				}
			}
			if got.head != c.want.head || !slices.Equal(got.people, c.want.people) || !slices.Equal(got.sources, c.want.sources) {
				t.Errorf("got %+v, want %+v", got, c.want)
			}
		})
	}
}

// TestNoPhotoCredit checks lines that look like credits and are not: no
// credit recognizer reads them.
func TestNoPhotoCredit(t *testing.T) {
	cases := []struct{ name, text string }{
		{"a web address", "Photo: example.tv."},
		{"a year", "The show returns.\nSource: ©2017 Halcyon Networks. All Rights Reserved."},
		{"a gallery heading", "Photo Gallery: Look back at the best moments"},
		{"an infobox image field", "- Image: Harbor Lights title card.png"},
		{"words in lower case", "Mara Vance in Harbor Lights. Photo: courtesy of the network"},
		{"a cast line's credit", "Mara Vance as Nell Tarrant (Photo: Tidewater Films)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, b := range structureText(t, c.text) {
				if b.Recognizer == "credit-line" || b.Recognizer == "credit-tail" {
					t.Errorf("block %+v read as a credit", b)
				}
			}
		})
	}
}
