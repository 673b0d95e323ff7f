package layout_test

import (
	"slices"
	"testing"
)

// TestBylineDate checks that a byline's date run on after the author's
// name, its separators lost, is no part of the name.
func TestBylineDate(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // the byline's names
	}{
		{"an abbreviated month and a day", "By Alan Whitcombe Jul 21, 2014 4:21 PM\n\n" + article, []string{"Alan Whitcombe"}},
		{"a month with a full stop", "By Alan Whitcombe Sept. 3, 2019\n\n" + article, []string{"Alan Whitcombe"}},
		{"a full month", "By Alan Whitcombe March 3, 2019\n\n" + article, []string{"Alan Whitcombe"}},
		{"three words before a date", "By Mary Ann Whitcombe Dec 1, 2020\n\n" + article, []string{"Mary Ann Whitcombe"}},
		{"a separator before the date", "By Alan Whitcombe | Jul 21, 2014\n\n" + article, []string{"Alan Whitcombe"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, b := range structureText(t, c.text) {
				if b.Key != "byline" {
					continue
				}
				for _, v := range b.Values {
					got = append(got, v.Text)
				}
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("bylines %q, want %q", got, c.want)
			}
		})
	}
}
