package extract_test

import "testing"

// TestHeadlineDescriptionIsNoSubtitle checks that the words after a known
// series' title and a colon in a headline are its subtitle only when they
// can be one: a description set in title case is not.
func TestHeadlineDescriptionIsNoSubtitle(t *testing.T) {
	const intro = "Harbor Watch is a British police procedural television series created by Lena Hart.\n"
	for _, tc := range []struct {
		name, headline, full string
		want                 bool
	}{
		{"a subtitle", "Harbor Watch: Night Shift", "Harbor Watch: Night Shift", true},
		{"a description with a pronoun", "Harbor Watch: The Drama You Need To Watch This Saturday", "Harbor Watch: The Drama You Need To Watch This Saturday", false},
		{"a long description", "Harbor Watch: The Best New Police Drama Of The Whole Year", "Harbor Watch: The Best New Police Drama Of The Whole Year", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			xs := extractDocs(t, intro, tc.headline+"\n\nThe second season opens on the coast.\n")
			got := false
			for _, m := range xs[1].Mentions {
				got = got || m.Name == tc.full
			}
			if got != tc.want {
				t.Errorf("%q kept %v, want %v (mentions %+v)", tc.full, got, tc.want, xs[1].Mentions)
			}
		})
	}
}
