package layout_test

import (
	"slices"
	"testing"

	"github.com/kgbuild/kg/layout"
)

// article is running text that names neither writer of the cases below.
const article = "The drama returns in May with a longer run, a new lead detective and a harbour town at its centre, the network said on Tuesday.\n"

// TestBareBylines checks where a name alone on its line is a byline (the
// page's head, over a writer's job title, under the writer's photo, run
// into an "About" link) and where it stays a heading or an item.
func TestBareBylines(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // the names of the bare-byline blocks
	}{
		{"a page head's byline under captions", "Harbor Lights Returns for a Second Season\n\nHelen Prosser in Harbor Lights.\n\nHelen Prosser\n\n" + article, nil},
		{"a page head's byline", "Harbor Lights Returns for a Second Season\n\nAlan Whitcombe\n\n" + article, []string{"Alan Whitcombe"}},
		{"a byline with an initial", "Harbor Lights Returns\n\nAlan D. Whitcombe\n3 min read\n\n" + article, []string{"Alan D. Whitcombe"}},
		{"a byline after a short caption", "Harbor Lights Returns\n\nThe cast in Harbor Lights.\n\nAlan Whitcombe\n\n" + article, []string{"Alan Whitcombe"}},
		{"an author box's name over a job title", article + "\nAlan Whitcombe\nAssistant Managing Editor\n\nAlan joined the site in 2006.\n", []string{"Alan Whitcombe"}},
		{"a name under its photo's file name", "Harbor Lights Returns\n\n" + article + "\nalan-whitcombe.jpg\nAlan Whitcombe\n\n" + article, []string{"Alan Whitcombe"}},
		{"a name run into an About link", article + "\nAlan WhitcombeAbout Alan Whitcombe\n\nServing as editor since 2018.\n", []string{"Alan Whitcombe"}},
		{"a name after running text is a heading", article + "\nAlan Whitcombe\n\n" + article, nil},
		{"a name the page repeats is its subject", "Menu\n\nHelen Prosser\n\nHelen Prosser is a detective in the drama Harbor Lights, played by a newcomer.\n", nil},
		{"the first line is the page's title", "Alan Whitcombe\n\n" + article, nil},
		{"an item of a list of names", "Harbor Lights\n\nAlan Whitcombe\nHelen Prosser\n\n" + article, nil},
		{"no first name", "Harbor Lights Returns\n\nDeadline Hollywood\n\n" + article, nil},
		{"a name in capitals", "Harbor Lights Returns\n\nALAN WHITCOMBE\n\n" + article, nil},
		{"a photo of someone else", "Harbor Lights Returns\n\n" + article + "\nhelen-prosser.jpg\nAlan Whitcombe\n\n" + article, nil},
		{"a photo credit is no byline", "Harbor Lights Still\nAlan Whitcombe/UBN\n\n" + article, nil},
		{"a job title that is no writer's", article + "\nAlan Whitcombe\nExecutive Producer\n", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, b := range structureText(t, c.text) {
				if b.Recognizer != "bare-byline" {
					continue
				}
				if b.Kind != layout.BlockField || b.Key != "byline" || len(b.Values) != 1 {
					t.Errorf("block %+v, want a byline field with one name", b)
					continue
				}
				got = append(got, b.Values[0].Text)
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("bylines %q, want %q", got, c.want)
			}
		})
	}
}
