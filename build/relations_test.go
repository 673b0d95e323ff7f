package build

import (
	"slices"
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

func TestEdges(t *testing.T) {
	cast := []graph.Entity{ent("ana", graph.Person), ent("zamira", graph.Character), ent("jake", graph.Character), ent("harbor", graph.Series)}
	ids := []string{"ana", "zamira", "jake", "harbor", ""}
	for _, tc := range []struct {
		name   string
		claims []extract.Claim
		want   []string
	}{
		{"a-fact", []extract.Claim{claim(0, "PLAYS", 1, "")}, []string{"ana PLAYS zamira"}},
		{"wrong-types-dropped", []extract.Claim{claim(1, "PLAYS", 0, "")}, nil},
		{"unlinked-dropped", []extract.Claim{claim(0, "PLAYS", 4, "")}, nil},
		{"stated-twice-one-edge", []extract.Claim{claim(0, "STARS_IN", 3, ""), claim(0, "STARS_IN", 3, "")}, []string{"ana STARS_IN harbor"}},
		{"symmetric-both-ways-one-edge", []extract.Claim{claim(1, "RELATIVE_OF", 2, "sister"), claim(2, "RELATIVE_OF", 1, "brother")},
			[]string{"zamira RELATIVE_OF jake"}},
		{"not-with-itself", []extract.Claim{claim(1, "KILLED", 1, "")}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := edgeList(fixture{entities: cast, ids: ids, claims: tc.claims}.build()); !slices.Equal(got, tc.want) {
				t.Errorf("edges %q, want %q", got, tc.want)
			}
		})
	}
}
