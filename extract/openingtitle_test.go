package extract_test

import (
	"fmt"
	"testing"

	"github.com/kgbuild/kg/graph"
)

// TestOpeningTitle checks that a title a page's first line opens with,
// bare or before a note on it, is the page's series when the page names it
// again at least twice as a whole name, and not otherwise.
func TestOpeningTitle(t *testing.T) {
	const body = "\n\nI have watched %s since it began. Every week %s gives its viewers a new murder in a quiet village.\n"
	for _, tc := range []struct {
		name, first, title, again string
		want                      string // the type of the title's first mention, "-" for none
	}{
		{"bare", "Harbor Lights", "Harbor Lights", "Harbor Lights", graph.Series},
		{"rating-note", "Harbor Lights (My Rating 4+)", "Harbor Lights", "Harbor Lights", graph.Series},
		{"episode-number", "Harbor Lights 1.05", "Harbor Lights", "Harbor Lights", graph.Series},
		{"network-and-star", "Harbor Lights, BBC1, Lena Marsh", "Harbor Lights", "Harbor Lights", graph.Series},
		{"named-once-more", "Harbor Lights", "Harbor Lights", "the show", "-"},
		{"start-of-longer-name", "Harbor", "Harbor", "Harbor L.A.", "-"},
		{"given-name-first", "Lena Marsh", "Lena Marsh", "Lena Marsh", "-"},
		{"one-letter", "X", "X", "X", "-"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := tc.first + fmt.Sprintf(body, tc.again, tc.again)
			xs := extractDocs(t, text)
			got := "-"
			for _, m := range xs[0].Mentions {
				if m.Name == tc.title && m.Start == 0 {
					got = m.Type
				}
			}
			if got != tc.want {
				t.Errorf("%q opening %q: type %q, want %q (mentions %+v)", tc.title, text, got, tc.want, xs[0].Mentions)
			}
			if tc.want == graph.Series && (xs[0].Subject < 0 || xs[0].Mentions[xs[0].Subject].Name != tc.title) {
				t.Errorf("page's series %d, want %q", xs[0].Subject, tc.title)
			}
		})
	}
}
