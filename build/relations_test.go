package build

import (
	"reflect"
	"slices"
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/resolve"
	"github.com/kgbuild/kg/sources"
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

// TestConsume checks that a build that consumes the claims and is given
// no mentions, only their links, makes the graph a build given the whole
// extractions makes, and lets go of the claims.
func TestConsume(t *testing.T) {
	cast := []graph.Entity{ent("ana", graph.Person), ent("zamira", graph.Character), ent("harbor", graph.Series)}
	ids := []string{"ana", "zamira", "harbor", "ana"}
	for _, tc := range []struct {
		name   string
		claims []extract.Claim
		facts  []extract.Fact
	}{
		{"none", nil, nil},
		{"facts-and-a-fate", []extract.Claim{claim(0, "PLAYS", 1, ""), claim(0, "STARS_IN", 2, "")},
			[]extract.Fact{{Kind: "fate", Value: "death", Target: 1, Anchor: -1}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fresh := func() []*extract.Extraction {
				d := &sources.Document{ID: "doc", Kind: "article"}
				x := &extract.Extraction{Doc: d, Subject: -1, Claims: slices.Clone(tc.claims), Facts: tc.facts}
				for _, id := range ids {
					x.Mentions = append(x.Mentions, extract.Mention{Doc: d.ID, Name: id})
				}
				return []*extract.Extraction{x}
			}
			res := resolve.Resolved{Entities: cast, Links: map[string][]string{"doc": ids}}
			want := Builder{}.Run(fresh(), res)
			xs := fresh()
			xs[0].Mentions = nil
			got := Builder{Consume: true}.Run(xs, res)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("consuming build made\n%+v\nwant\n%+v", got, want)
			}
			if xs[0].Claims != nil {
				t.Errorf("claims %v left after a consuming build", xs[0].Claims)
			}
			wantCounts := []graph.Mention{{Entity: "ana", Document: "doc", Count: 2}, {Entity: "harbor", Document: "doc", Count: 1},
				{Entity: "zamira", Document: "doc", Count: 1}}
			if !slices.Equal(got.Mentions, wantCounts) {
				t.Errorf("mention counts %v, want %v", got.Mentions, wantCounts)
			}
			if len(tc.claims) > 0 && len(want.Relations) == 0 {
				t.Errorf("the build made %d relations and %d mention counts: the test compares nothing", len(want.Relations), len(want.Mentions))
			}
		})
	}
}
