package extract_test

import (
	"slices"
	"testing"
)

// TestCastRun checks that a cast told in running text whose actors carry
// roles, notes or asides, joined by "alongside", "with" or "as well as",
// gives every actor of the run a starring role in the page's series, and
// no role or other work one.
func TestCastRun(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{
			name: "roles joined by alongside and with",
			text: "The series stars Lena Marsh as Ivy Cole alongside Noah Bean, Kevin Dunn and Mike Stone as Chief Ted Rawls with Ada Fox as Major Joan Hale.\n",
			want: []string{"Lena Marsh", "Noah Bean", "Kevin Dunn", "Mike Stone", "Ada Fox"},
			not:  []string{"Ivy Cole", "Ted Rawls", "Joan Hale"},
		},
		{
			name: "an aside between dashes, then as well as",
			text: "The network picked up a third season of the police drama starring Lena Marsh – who now has a new agent – as well as Noah Bean, Kevin Dunn, and Mike Stone (pictured here).\n",
			want: []string{"Lena Marsh", "Noah Bean", "Kevin Dunn", "Mike Stone"},
		},
		{
			name: "what the cast says of its first actor",
			text: "The show stars co-creator and former sketch cast member Lena Marsh as the title character, a hitman.\n",
			want: []string{"Lena Marsh"},
		},
		{
			name: "a name after with and other words is no actor",
			text: "The series stars Lena Marsh as Ivy Cole, with music by Noah Bean.\n",
			want: []string{"Lena Marsh"},
			not:  []string{"Noah Bean", "Ivy Cole"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := extractDocs(t, "= Nightfall (TV series) =\n\nNightfall is a crime drama.\n\n"+tc.text)[0]
			var got []string
			for _, c := range x.Claims {
				if c.Predicate == "STARS_IN" && c.Object >= 0 && x.Mentions[c.Object].Name == "Nightfall" {
					got = append(got, x.Mentions[c.Subject].Name)
				}
			}
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("stars %q, want %s among them", got, w)
				}
			}
			for _, n := range tc.not {
				if slices.Contains(got, n) {
					t.Errorf("stars %q, want no %s", got, n)
				}
			}
		})
	}
}
