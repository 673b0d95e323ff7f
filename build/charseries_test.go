package build

import (
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

// TestInferCharacterSeries checks that a character no document places in
// a series appears in the one series its kin and partners appear in, or
// its actor stars in, and that nothing is inferred where they give two
// series, where the character has a series of its own, or from an
// inferred series.
func TestInferCharacterSeries(t *testing.T) {
	ents := []graph.Entity{ent("ada", graph.Character), ent("tom", graph.Character), ent("eve", graph.Character),
		ent("ned", graph.Character), ent("harbour", graph.Series), ent("gull", graph.Series), ent("ann", graph.Person)}
	ids := []string{"ada", "tom", "eve", "ned", "harbour", "gull", "ann"}
	for _, tc := range []struct {
		name      string
		claims    []extract.Claim
		want, not []string
	}{
		{"son", []extract.Claim{claim(0, "APPEARS_IN", 4, ""), claim(1, "RELATIVE_OF", 0, "son")},
			[]string{"tom APPEARS_IN harbour"}, nil},
		{"spouse-either-side", []extract.Claim{claim(0, "APPEARS_IN", 4, ""), claim(0, "ROMANTIC_PARTNER_OF", 1, "wife")},
			[]string{"tom APPEARS_IN harbour"}, nil},
		{"two-series-kin", []extract.Claim{claim(0, "APPEARS_IN", 4, ""), claim(2, "APPEARS_IN", 5, ""),
			claim(1, "RELATIVE_OF", 0, "son"), claim(1, "RELATIVE_OF", 2, "brother")},
			nil, []string{"tom APPEARS_IN harbour", "tom APPEARS_IN gull"}},
		{"kin-in-two-series", []extract.Claim{claim(0, "APPEARS_IN", 4, ""), claim(0, "APPEARS_IN", 5, ""), claim(1, "RELATIVE_OF", 0, "son")},
			nil, []string{"tom APPEARS_IN harbour", "tom APPEARS_IN gull"}},
		{"own-series", []extract.Claim{claim(0, "APPEARS_IN", 4, ""), claim(1, "APPEARS_IN", 5, ""), claim(1, "RELATIVE_OF", 0, "son")},
			nil, []string{"tom APPEARS_IN harbour", "ada APPEARS_IN gull"}},
		{"one-step", []extract.Claim{claim(0, "APPEARS_IN", 4, ""), claim(1, "RELATIVE_OF", 0, "son"), claim(3, "RELATIVE_OF", 1, "son")},
			[]string{"tom APPEARS_IN harbour"}, []string{"ned APPEARS_IN harbour"}},
		{"actor-stars", []extract.Claim{claim(6, "STARS_IN", 4, ""), claim(6, "PLAYS", 1, "")}, []string{"tom APPEARS_IN harbour"}, nil},
		{"actor-stars-twice", []extract.Claim{claim(6, "STARS_IN", 4, ""), claim(6, "STARS_IN", 5, ""), claim(6, "PLAYS", 1, "")},
			nil, []string{"tom APPEARS_IN harbour", "tom APPEARS_IN gull"}},
		{"actor-and-kin-disagree", []extract.Claim{claim(6, "STARS_IN", 4, ""), claim(6, "PLAYS", 1, ""), claim(0, "APPEARS_IN", 5, ""),
			claim(1, "RELATIVE_OF", 0, "son")}, nil, []string{"tom APPEARS_IN harbour", "tom APPEARS_IN gull"}},
		{"actor-and-kin-agree", []extract.Claim{claim(6, "STARS_IN", 4, ""), claim(6, "PLAYS", 1, ""), claim(0, "APPEARS_IN", 4, ""),
			claim(1, "RELATIVE_OF", 0, "son")}, []string{"tom APPEARS_IN harbour"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := edgeList(fixture{entities: ents, ids: ids, claims: tc.claims}.build())
			checkEdges(t, got, tc.want, tc.not)
		})
	}
}
