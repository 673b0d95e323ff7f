package build

import (
	"slices"
	"strings"
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/resolve"
	"github.com/kgbuild/kg/sources"
)

// fixture is one document whose mentions are already linked to entities:
// ids[i] is the entity of mention i.
type fixture struct {
	entities []graph.Entity
	ids      []string
	claims   []extract.Claim
	facts    []extract.Fact
}

func (f fixture) build() *graph.Graph {
	d := &sources.Document{ID: "doc", Kind: "article", Date: "2024-01-02"}
	x := &extract.Extraction{Doc: d, Subject: -1, Claims: f.claims, Facts: f.facts}
	for _, id := range f.ids {
		x.Mentions = append(x.Mentions, extract.Mention{Doc: d.ID, Name: id})
	}
	return Builder{}.Run([]*extract.Extraction{x}, resolve.Resolved{Entities: f.entities, Links: map[string][]string{d.ID: f.ids}})
}

func ent(id, typ string, roles ...string) graph.Entity {
	return graph.Entity{ID: id, Type: typ, Name: id, Aliases: []string{}, Roles: roles}
}

func claim(s int, pred string, o int, detail string) extract.Claim {
	return extract.Claim{Subject: s, Predicate: pred, Object: o, Detail: detail, Confidence: 1,
		Evidence: sources.Span{Start: s, End: o + 1, Text: "sentence"}}
}

// edgeList lists a graph's relations as "from PRED to".
// checkEdges reports each of want that got lacks, and each of not that it
// holds.
func checkEdges(t *testing.T, got, want, not []string) {
	t.Helper()
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("edges %q, want %q", got, w)
		}
	}
	for _, w := range not {
		if slices.Contains(got, w) {
			t.Errorf("edges %q, not want %q", got, w)
		}
	}
}

func edgeList(g *graph.Graph) []string {
	var out []string
	for _, r := range g.Relations {
		out = append(out, r.From+" "+r.Type+" "+r.To)
	}
	return out
}

func TestInferIncluded(t *testing.T) {
	books := []graph.Entity{ent("connelly", graph.Person), ent("bosch-novels", graph.Book), ent("late-show", graph.Book),
		ent("bosch", graph.Series), ent("harbor", graph.Organization)}
	ids := []string{"connelly", "bosch-novels", "late-show", "bosch", "harbor"}
	for _, tc := range []struct {
		name   string
		claims []extract.Claim
		want   []string
	}{
		{
			name:   "author-and-adaptation-pass-to-the-book",
			claims: []extract.Claim{claim(0, "WROTE", 1, ""), claim(3, "BASED_ON", 1, ""), claim(1, extract.PredIncludes, 2, "")},
			want: []string{"bosch BASED_ON bosch-novels", "bosch BASED_ON late-show",
				"connelly WROTE bosch-novels", "connelly WROTE late-show"},
		},
		{
			name:   "includes-is-never-an-edge",
			claims: []extract.Claim{claim(1, extract.PredIncludes, 2, "")},
			want:   nil,
		},
		{
			name:   "only-between-books",
			claims: []extract.Claim{claim(0, "WROTE", 1, ""), claim(1, extract.PredIncludes, 4, "")},
			want:   []string{"connelly WROTE bosch-novels"},
		},
		{
			name:   "other-facts-stay",
			claims: []extract.Claim{claim(3, "AIRS_ON", 4, ""), claim(3, "BASED_ON", 1, ""), claim(1, extract.PredIncludes, 2, "")},
			want:   []string{"bosch AIRS_ON harbor", "bosch BASED_ON bosch-novels", "bosch BASED_ON late-show"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := fixture{entities: books, ids: ids, claims: tc.claims}.build()
			if got := edgeList(g); !slices.Equal(got, tc.want) {
				t.Errorf("edges %q, want %q", got, tc.want)
			}
			for _, r := range g.Relations {
				if r.To == "late-show" && r.Confidence != inferredConfidence {
					t.Errorf("%s %s %s: confidence %v, want %v", r.From, r.Type, r.To, r.Confidence, inferredConfidence)
				}
			}
		})
	}
}

func TestKinAnchor(t *testing.T) {
	people := []graph.Entity{ent("jake", graph.Character, "Captain"), ent("sarah", graph.Character), ent("tom", graph.Character)}
	ids := []string{"jake", "sarah", "tom"}
	sister := claim(1, "RELATIVE_OF", 0, "sister")
	fate := func(f extract.Fact, value string) extract.Fact {
		f.Kind, f.Value, f.Evidence = "fate", value, sources.Span{Text: value}
		return f
	}
	for _, tc := range []struct {
		name   string
		claims []extract.Claim
		facts  []extract.Fact
		want   string // the subject of the fate conflict, or ""
	}{
		{
			name:   "named-target",
			claims: []extract.Claim{sister},
			facts:  []extract.Fact{fate(extract.Fact{Target: 1, Anchor: -1}, "murder"), fate(extract.Fact{Target: 1, Anchor: -1}, "suicide")},
			want:   "sarah",
		},
		{
			name:   "kin-of-the-anchor",
			claims: []extract.Claim{sister},
			facts:  []extract.Fact{fate(extract.Fact{Target: 1, Anchor: -1}, "murder"), fate(extract.Fact{Target: -1, Kin: "sister", Anchor: 0}, "suicide")},
			want:   "sarah",
		},
		{
			name:   "kin-of-the-one-with-the-role",
			claims: []extract.Claim{sister},
			facts:  []extract.Fact{fate(extract.Fact{Target: 1, Anchor: -1}, "murder"), fate(extract.Fact{Target: -1, Kin: "sister", Anchor: -1, AnchorRole: "captain"}, "suicide")},
			want:   "sarah",
		},
		{
			name:   "no-such-relative",
			claims: []extract.Claim{sister},
			facts:  []extract.Fact{fate(extract.Fact{Target: 1, Anchor: -1}, "murder"), fate(extract.Fact{Target: -1, Kin: "brother", Anchor: 0}, "suicide")},
			want:   "",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := fixture{entities: people, ids: ids, claims: tc.claims, facts: tc.facts}.build()
			got := ""
			for _, c := range g.Conflicts {
				if c.Kind == "fate" {
					got = c.Subject
					if want := "fate of " + c.Subject; !strings.HasPrefix(c.Topic, want) {
						t.Errorf("topic %q, want %q", c.Topic, want)
					}
				}
			}
			if got != tc.want {
				t.Errorf("fate conflict about %q, want %q", got, tc.want)
			}
		})
	}
}
