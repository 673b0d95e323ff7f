package build

import (
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

// TestInferTitleRoles checks that the actor of a series' title character
// stars in it: a title that is the character's full name, or one word of
// it (where several share it, the one whose actor the corpus says stars,
// else the most mentioned), not a short word, not a title that names no
// character.
func TestInferTitleRoles(t *testing.T) {
	for _, tc := range []struct {
		name   string
		series string
		ids    []string // the mentions: actor 0, character 1, actor 2, character 3, then more mentions of them
		want   []string
		not    []string
		// beaStars says the corpus says Bea Roe stars in the series.
		beaStars bool
	}{
		{name: "full-name-title", series: "Nora Vance",
			ids:  []string{"Ann Dale", "Nora Vance", "Bea Roe", "Tom Pike"},
			want: []string{"Ann Dale STARS_IN series"}, not: []string{"Bea Roe STARS_IN series"}},
		{name: "title-with-the", series: "The Nora Vance",
			ids:  []string{"Ann Dale", "Nora Vance", "Bea Roe", "Tom Pike"},
			want: []string{"Ann Dale STARS_IN series", "Nora Vance APPEARS_IN series"}},
		{name: "surname-title-takes-the-most-mentioned", series: "Pike",
			ids:  []string{"Ann Dale", "Tom Pike", "Bea Roe", "Lucy Pike", "Tom Pike", "Tom Pike"},
			want: []string{"Ann Dale STARS_IN series", "Tom Pike APPEARS_IN series"}, not: []string{"Bea Roe STARS_IN series", "Lucy Pike APPEARS_IN series"}},
		{name: "surname-title-takes-the-one-whose-actor-stars", series: "Pike", beaStars: true,
			ids:  []string{"Ann Dale", "Tom Pike", "Bea Roe", "Lucy Pike", "Tom Pike", "Tom Pike"},
			want: []string{"Lucy Pike APPEARS_IN series"}, not: []string{"Ann Dale STARS_IN series", "Tom Pike APPEARS_IN series"}},
		{name: "first-name-title", series: "Lucy",
			ids:  []string{"Ann Dale", "Tom Pike", "Bea Roe", "Lucy Pike"},
			want: []string{"Bea Roe STARS_IN series"}, not: []string{"Ann Dale STARS_IN series"}},
		{name: "short-title-word", series: "Tom",
			ids: []string{"Ann Dale", "Tom Pike", "Bea Roe", "Lucy Pike"},
			not: []string{"Ann Dale STARS_IN series"}},
		{name: "no-title-character", series: "Harbour Nine",
			ids: []string{"Ann Dale", "Tom Pike", "Bea Roe", "Lucy Pike"},
			not: []string{"Ann Dale STARS_IN series", "Bea Roe STARS_IN series"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := fixture{ids: append(tc.ids, "series"), claims: []extract.Claim{claim(0, "PLAYS", 1, ""), claim(2, "PLAYS", 3, "")}}
			if tc.beaStars {
				f.claims = append(f.claims, claim(2, "STARS_IN", len(tc.ids), ""))
			}
			s := ent("series", graph.Series)
			s.Name = tc.series
			f.entities = []graph.Entity{ent(tc.ids[0], graph.Person), ent(tc.ids[1], graph.Character), ent(tc.ids[2], graph.Person),
				ent(tc.ids[3], graph.Character), s}
			got := edgeList(f.build())
			checkEdges(t, got, tc.want, tc.not)
		})
	}
}
