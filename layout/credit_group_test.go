package layout_test

import (
	"slices"
	"testing"

	"github.com/kgbuild/kg/layout"
)

// TestGluedRunIsNoCreditGroup checks that a line of a run of glued
// character and actor names that cannot be cut is left alone, not paired
// with the next line as an actor over a character: the next line is still
// read as a glued credit.
func TestGluedRunIsNoCreditGroup(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // actor|character of each credit, in order
	}{
		{"a line it cannot cut", "Cast & Crew\nIlse Brandt Mara Voss\nNell Ann Tarrant Brusca Quill\nJonas Falk Tom Reyes\nOtto Lind Ada Fox\n",
			[]string{"Mara Voss|Ilse Brandt", "Tom Reyes|Jonas Falk", "Ada Fox|Otto Lind"}},
		{"a list of one name a line still pairs", "Cast\nMara Voss\nIlse Brandt\nTom Reyes\nJonas Falk\nAda Fox\n",
			[]string{"Mara Voss|Ilse Brandt", "Tom Reyes|Jonas Falk"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, b := range structureText(t, c.text) {
				if b.Kind == layout.BlockCredit {
					got = append(got, b.Values[0].Text+"|"+b.Values[1].Text)
				}
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("credits %q, want %q", got, c.want)
			}
		})
	}
}
