package extract_test

import (
	"testing"

	"github.com/kgbuild/kg/graph"
)

// TestSeriesSubtitleAlone checks that the subtitle of a franchise's series
// that the corpus knows is found alone as that series, when it is more
// than one word and not only common words.
func TestSeriesSubtitleAlone(t *testing.T) {
	for _, tc := range []struct {
		name, series, alone string
		want                string // the type of the mention of alone, "-" for none
	}{
		{"two-words", "Harbor Watch: Night Shift", "Night Shift", graph.Series},
		{"page-words-only", "Harbor Watch: The Series", "The Series", "-"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			xs := extractDocs(t, tc.series+" is a British police procedural television series created by Lena Hart.\n",
				"The detective returned to the coast in "+tc.alone+" after a long absence.\n")
			got := "-"
			for _, m := range xs[1].Mentions {
				if m.Name == tc.alone {
					got = m.Type
				}
			}
			if got != tc.want {
				t.Errorf("%q in the second document: type %q, want %q (mentions %+v)", tc.alone, got, tc.want, xs[1].Mentions)
			}
		})
	}
}
