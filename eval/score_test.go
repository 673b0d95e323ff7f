package eval

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/kgbuild/kg/graph"
)

// tinyEntities and tinyRelations are a hand-made gold: 5 required
// entities, 6 gold alias pairs (Maggie Q's 3 forms give 3; BALLARD folds
// like Ballard, so the series has none), 4 required relations, one
// comparison work and one borderline relation.
const tinyEntities = `# tiny gold
Person	Maggie Q	Maggie|Q
Character	Renée Ballard	Renee Ballard|Renée
Character	Thomas Laffont	Laffont
Series	Ballard	BALLARD
Organization	Cold Case Unit	cold-case unit
# comparison works
~Series	Mindhunter	
`

const tinyRelations = `Maggie Q	PLAYS	Renée Ballard
Renée Ballard	APPEARS_IN	Ballard
Thomas Laffont	PARTNER_OF	Renée Ballard
Renée Ballard	MEMBER_OF	Cold Case Unit
# ~Thomas Laffont	MEMBER_OF	Cold Case Unit
`

func tinyGold(t *testing.T) *Gold {
	t.Helper()
	g, err := ParseGold(strings.NewReader(tinyEntities), strings.NewReader(tinyRelations))
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func ent(id, typ, name string, aliases ...string) graph.Entity {
	return graph.Entity{ID: id, Type: typ, Name: name, Aliases: aliases}
}

func rel(from, typ, to string) graph.Relation {
	return graph.Relation{From: from, Type: typ, To: to}
}

// perfect is a prediction equal to the tiny gold.
func perfect() []graph.Entity {
	return []graph.Entity{
		ent("maggie", graph.Person, "Maggie Q", "Maggie", "Q"),
		ent("renee", graph.Character, "Renée Ballard", "Renee Ballard", "Renée"),
		ent("laffont", graph.Character, "Thomas Laffont", "Laffont"),
		ent("ballard", graph.Series, "Ballard"),
		ent("ccu", graph.Organization, "Cold Case Unit", "cold-case unit"),
	}
}

func perfectRelations() []graph.Relation {
	return []graph.Relation{
		rel("maggie", "PLAYS", "renee"),
		rel("renee", "APPEARS_IN", "ballard"),
		rel("laffont", "PARTNER_OF", "renee"),
		rel("renee", "MEMBER_OF", "ccu"),
	}
}

// replace returns perfect() with the entity of the given id replaced by e
// (or removed when e has no ID), plus extra entities.
func replace(id string, e graph.Entity, extra ...graph.Entity) []graph.Entity {
	var out []graph.Entity
	for _, p := range perfect() {
		if p.ID == id {
			if e.ID != "" {
				out = append(out, e)
			}
			continue
		}
		out = append(out, p)
	}
	return append(out, extra...)
}

// counts is TP, FP, FN.
type counts [3]int

func countsOf(m Metric) counts { return counts{m.TP, m.FP, m.FN} }

func TestScore(t *testing.T) {
	tests := []struct {
		name      string
		entities  []graph.Entity
		relations []graph.Relation
		entity    counts
		typed     counts
		alias     counts
		relation  counts
		ignored   Ignored
		check     func(t *testing.T, r Report)
	}{
		{
			name: "perfect prediction", entities: perfect(), relations: perfectRelations(),
			entity: counts{5, 0, 0}, typed: counts{5, 0, 0}, alias: counts{6, 0, 0}, relation: counts{4, 0, 0},
			check: func(t *testing.T, r Report) {
				if r.Entities.F1 != 1 || r.Relations.Precision != 1 || r.Aliases.Recall != 1 {
					t.Errorf("want all figures 1, got %+v %+v %+v", r.Entities, r.Relations, r.Aliases)
				}
			},
		},
		{
			name:   "empty prediction",
			entity: counts{0, 0, 5}, typed: counts{0, 0, 5}, alias: counts{0, 0, 6}, relation: counts{0, 0, 4},
			check: func(t *testing.T, r Report) {
				if r.Entities.Precision != 0 || r.Entities.Recall != 0 || r.Entities.F1 != 0 {
					t.Errorf("entities = %+v, want all zero", r.Entities)
				}
			},
		},
		{
			name: "folding: accents, case and spaces",
			entities: []graph.Entity{
				ent("maggie", graph.Person, "MAGGIE  Q"),
				ent("renee", graph.Character, "renee ballard"),
				ent("laffont", graph.Character, "Thomás\tLaffont"),
				ent("ballard", graph.Series, "ballard"),
				ent("ccu", graph.Organization, " Cold Case  Unit "),
			},
			relations: perfectRelations(),
			entity:    counts{5, 0, 0}, typed: counts{5, 0, 0}, alias: counts{0, 0, 6}, relation: counts{4, 0, 0},
		},
		{
			name:     "punctuation is not folded",
			entities: replace("ccu", ent("ccu", graph.Organization, "cold case-unit")),
			entity:   counts{4, 1, 1}, typed: counts{4, 1, 1}, alias: counts{5, 0, 1}, relation: counts{0, 0, 4},
		},
		{
			name:      "match by alias only",
			entities:  replace("laffont", ent("laffont", graph.Character, "Detective Laffont", "Laffont")),
			relations: perfectRelations(),
			entity:    counts{5, 0, 0}, typed: counts{5, 0, 0}, alias: counts{5, 0, 1}, relation: counts{4, 0, 0},
		},
		{
			name:      "duplicate predicted entity is one false positive",
			entities:  append(perfect(), ent("ballard2", graph.Series, "BALLARD")),
			relations: append(perfectRelations(), rel("renee", "APPEARS_IN", "ballard2")),
			entity:    counts{5, 1, 0}, typed: counts{5, 1, 0}, alias: counts{6, 0, 0}, relation: counts{4, 1, 0},
			check: func(t *testing.T, r Report) {
				want := []EntityRef{{ID: "ballard2", Type: graph.Series, Name: "BALLARD", Overlaps: []string{"Ballard"}}}
				if got := typeReport(r, graph.Series).False; !reflect.DeepEqual(got, want) {
					t.Errorf("false Series = %+v, want %+v", got, want)
				}
				want2 := []Triple{{Subject: "Renée Ballard", Predicate: "APPEARS_IN", Object: "BALLARD", Reason: ReasonObjectUnmapped}}
				if got := predicateReport(r, "APPEARS_IN").False; !reflect.DeepEqual(got, want2) {
					t.Errorf("false APPEARS_IN = %+v, want %+v", got, want2)
				}
			},
		},
		{
			name: "duplicate with more evidence wins the match",
			// "Maggie" shares two forms (maggie, q) with the gold entity,
			// "Maggie Q" only one: the former is matched, the latter is the
			// duplicate, whatever the order of ids.
			entities: replace("maggie", ent("a", graph.Person, "Maggie Q"), ent("b", graph.Person, "Maggie", "Q")),
			entity:   counts{5, 1, 0}, typed: counts{5, 1, 0}, alias: counts{4, 0, 2}, relation: counts{0, 0, 4},
			check: func(t *testing.T, r Report) {
				if f := typeReport(r, graph.Person).False; len(f) != 1 || f[0].ID != "a" {
					t.Errorf("false Person = %+v, want entity a", f)
				}
			},
		},
		{
			name: "same evidence: the canonical name wins over the type",
			entities: replace("maggie", ent("a", graph.Person, "Maggie", "Q"),
				ent("b", graph.Character, "Maggie Q", "Maggie"), ent("c", graph.Person, "Q", "Maggie Q")),
			entity: counts{5, 2, 0}, typed: counts{4, 3, 1}, alias: counts{6, 0, 0}, relation: counts{0, 0, 4},
			check: func(t *testing.T, r Report) {
				if m := typeReport(r, graph.Person).Mistyped; len(m) != 1 || m[0].ID != "b" {
					t.Errorf("mistyped Person = %+v, want entity b matched", m)
				}
			},
		},
		{
			name:     "same evidence and name: the type wins",
			entities: replace("ballard", ent("a", graph.Character, "Ballard"), ent("b", graph.Series, "ballard")),
			entity:   counts{5, 1, 0}, typed: counts{5, 1, 0}, alias: counts{6, 0, 0}, relation: counts{0, 0, 4},
			check: func(t *testing.T, r Report) {
				if f := typeReport(r, graph.Character).False; len(f) != 1 || f[0].ID != "a" {
					t.Errorf("false Character = %+v, want entity a", f)
				}
			},
		},
		{
			name: "one-to-one matching maximises matches",
			// "x" joins Maggie and Laffont; "y" is only Maggie Q's "Q". A
			// greedy match of x (first by id) with Maggie Q would leave
			// Laffont unmatched; the best matching pairs x with Laffont and
			// y with Maggie Q.
			entities: []graph.Entity{
				ent("x", graph.Person, "Maggie", "Laffont"),
				ent("y", graph.Person, "Q"),
				ent("renee", graph.Character, "Renée Ballard", "Renee Ballard", "Renée"),
				ent("ballard", graph.Series, "Ballard"),
				ent("ccu", graph.Organization, "Cold Case Unit", "cold-case unit"),
			},
			entity: counts{5, 0, 0}, typed: counts{4, 1, 1}, alias: counts{2, 1, 4}, relation: counts{0, 0, 4},
			check: func(t *testing.T, r Report) {
				want := []TypeMismatch{{Gold: "Thomas Laffont", GoldType: graph.Character, ID: "x", Name: "Maggie", Type: graph.Person}}
				if got := typeReport(r, graph.Character).Mistyped; !reflect.DeepEqual(got, want) {
					t.Errorf("mistyped = %+v, want %+v", got, want)
				}
			},
		},
		{
			name:      "type mismatch counts for untyped, not for typed",
			entities:  replace("ballard", ent("ballard", graph.Character, "Ballard")),
			relations: perfectRelations(),
			entity:    counts{5, 0, 0}, typed: counts{4, 1, 1}, alias: counts{6, 0, 0}, relation: counts{4, 0, 0},
			check: func(t *testing.T, r Report) {
				want := []TypeMismatch{{Gold: "Ballard", GoldType: graph.Series, ID: "ballard", Name: "Ballard", Type: graph.Character}}
				if got := typeReport(r, graph.Series).Mistyped; !reflect.DeepEqual(got, want) {
					t.Errorf("mistyped = %+v, want %+v", got, want)
				}
				if c := typeReport(r, graph.Character).Typed; countsOf(c) != (counts{2, 1, 0}) {
					t.Errorf("typed Character = %+v, want TP 2 FP 1", c)
				}
				if c := typeReport(r, graph.Series).Typed; countsOf(c) != (counts{0, 0, 1}) {
					t.Errorf("typed Series = %+v, want FN 1", c)
				}
			},
		},
		{
			name: "alias pairs: split, wrong join, non-gold forms",
			// Renée's entity also holds bare "Ballard" (the series' name):
			// 1 right pair, 2 wrong ones. Maggie Q is split in two: only
			// (Maggie, Q) is joined. "Detective Laffont" is no gold form and
			// is not judged.
			entities: []graph.Entity{
				ent("maggie", graph.Person, "Maggie Q"),
				ent("maggie2", graph.Person, "Maggie", "Q"),
				ent("renee", graph.Character, "Renée Ballard", "Renée", "Ballard"),
				ent("laffont", graph.Character, "Thomas Laffont", "Laffont", "Detective Laffont"),
				ent("ballard", graph.Series, "Ballard"),
				ent("ccu", graph.Organization, "Cold Case Unit", "cold-case unit"),
			},
			entity: counts{5, 1, 0}, typed: counts{5, 1, 0}, alias: counts{4, 2, 2}, relation: counts{0, 0, 4},
			check: func(t *testing.T, r Report) {
				wantFalse := []AliasPair{
					{Forms: [2]string{"Ballard", "Renée"}, Entities: []string{"Ballard", "Renée Ballard"}, Predicted: "Renée Ballard [renee]"},
					{Forms: [2]string{"Ballard", "Renée Ballard"}, Entities: []string{"Ballard", "Renée Ballard"}, Predicted: "Renée Ballard [renee]"},
				}
				if !reflect.DeepEqual(r.FalseAliases, wantFalse) {
					t.Errorf("false aliases = %+v\nwant %+v", r.FalseAliases, wantFalse)
				}
				wantMissed := []AliasPair{
					{Forms: [2]string{"Maggie", "Maggie Q"}, Entities: []string{"Maggie Q"}},
					{Forms: [2]string{"Maggie Q", "Q"}, Entities: []string{"Maggie Q"}},
				}
				if !reflect.DeepEqual(r.MissedAliases, wantMissed) {
					t.Errorf("missed aliases = %+v\nwant %+v", r.MissedAliases, wantMissed)
				}
			},
		},
		{
			name:     "symmetric predicates compared without direction, asymmetric with",
			entities: perfect(),
			relations: []graph.Relation{
				rel("renee", "PARTNER_OF", "laffont"),
				rel("laffont", "PARTNER_OF", "renee"), // the same relation again
				rel("renee", "PLAYS", "maggie"),       // reversed: wrong
				rel("ballard", "APPEARS_IN", "renee"), // reversed: wrong
			},
			entity: counts{5, 0, 0}, typed: counts{5, 0, 0}, alias: counts{6, 0, 0}, relation: counts{1, 2, 3},
			check: func(t *testing.T, r Report) {
				if c := predicateReport(r, "PARTNER_OF").Relations; countsOf(c) != (counts{1, 0, 0}) {
					t.Errorf("PARTNER_OF = %+v, want one TP", c)
				}
				want := []Triple{{Subject: "Renée Ballard", Predicate: "PLAYS", Object: "Maggie Q", Reason: ReasonNotInGold}}
				if got := predicateReport(r, "PLAYS").False; !reflect.DeepEqual(got, want) {
					t.Errorf("false PLAYS = %+v, want %+v", got, want)
				}
			},
		},
		{
			name:      "duplicate relations collapse",
			entities:  perfect(),
			relations: append(perfectRelations(), rel("maggie", "PLAYS", "renee"), rel("maggie", "STARS_IN", "ballard"), rel("maggie", "STARS_IN", "ballard")),
			entity:    counts{5, 0, 0}, typed: counts{5, 0, 0}, alias: counts{6, 0, 0}, relation: counts{4, 1, 0},
		},
		{
			name:     "optional items are neither rewarded nor penalised",
			entities: append(perfect(), ent("mh", graph.Series, "Mindhunter"), ent("mh2", graph.Series, "MINDHUNTER")),
			relations: append(perfectRelations(),
				rel("laffont", "MEMBER_OF", "ccu"), // borderline gold relation
				rel("renee", "APPEARS_IN", "mh"),   // touches a comparison work
			),
			entity: counts{5, 0, 0}, typed: counts{5, 0, 0}, alias: counts{6, 0, 0}, relation: counts{4, 0, 0},
			ignored: Ignored{Entities: 2, Relations: 2},
		},
		{
			name:     "relation with an unmatched entity is a false positive",
			entities: append(perfect(), ent("bosch", graph.Character, "Harry Bosch")),
			relations: append(perfectRelations(),
				rel("bosch", "APPEARS_IN", "ballard"),
				rel("bosch", "PARTNER_OF", "nobody"),
			),
			entity: counts{5, 1, 0}, typed: counts{5, 1, 0}, alias: counts{6, 0, 0}, relation: counts{4, 2, 0},
			check: func(t *testing.T, r Report) {
				want := []Triple{{Subject: "Harry Bosch", Predicate: "APPEARS_IN", Object: "Ballard", Reason: ReasonSubjectUnmapped}}
				if got := predicateReport(r, "APPEARS_IN").False; !reflect.DeepEqual(got, want) {
					t.Errorf("false APPEARS_IN = %+v, want %+v", got, want)
				}
				want = []Triple{{Subject: "Harry Bosch", Predicate: "PARTNER_OF", Object: "nobody", Reason: ReasonUnknownEntity}}
				if got := predicateReport(r, "PARTNER_OF").False; !reflect.DeepEqual(got, want) {
					t.Errorf("false PARTNER_OF = %+v, want %+v", got, want)
				}
			},
		},
		{
			name:     "entity outside the gold vocabulary",
			entities: append(perfect(), ent("z", "Franchise", "Bosch universe")),
			entity:   counts{5, 1, 0}, typed: counts{5, 1, 0}, alias: counts{6, 0, 0}, relation: counts{0, 0, 4},
			check: func(t *testing.T, r Report) {
				if last := r.Types[len(r.Types)-1]; last.Type != "Franchise" || countsOf(last.Entities) != (counts{0, 1, 0}) {
					t.Errorf("last type report = %+v, want Franchise with one FP", last)
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Score(&graph.Graph{Entities: tt.entities, Relations: tt.relations}, tinyGold(t))
			for _, c := range []struct {
				what      string
				got, want counts
			}{
				{"entities", countsOf(r.Entities), tt.entity},
				{"typed entities", countsOf(r.TypedEntities), tt.typed},
				{"aliases", countsOf(r.Aliases), tt.alias},
				{"relations", countsOf(r.Relations), tt.relation},
			} {
				if c.got != c.want {
					t.Errorf("%s TP/FP/FN = %v, want %v", c.what, c.got, c.want)
				}
			}
			if r.Ignored != tt.ignored {
				t.Errorf("ignored = %+v, want %+v", r.Ignored, tt.ignored)
			}
			if tt.check != nil {
				tt.check(t, r)
			}
		})
	}
}

func typeReport(r Report, typ string) TypeReport {
	for _, tr := range r.Types {
		if tr.Type == typ {
			return tr
		}
	}
	return TypeReport{}
}

func predicateReport(r Report, pred string) PredicateReport {
	for _, pr := range r.Predicates {
		if pr.Predicate == pred {
			return pr
		}
	}
	return PredicateReport{}
}

func TestNewMetric(t *testing.T) {
	tests := []struct {
		name       string
		tp, fp, fn int
		p, r, f1   float64
	}{
		{"nothing at all is perfect", 0, 0, 0, 1, 1, 1},
		{"only misses", 0, 0, 4, 0, 0, 0},
		{"only false positives", 0, 3, 0, 0, 0, 0},
		{"half and half", 1, 1, 1, 0.5, 0.5, 0.5},
		{"precise but incomplete", 1, 0, 3, 1, 0.25, 0.4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newMetric(tt.tp, tt.fp, tt.fn)
			if m.Precision != tt.p || m.Recall != tt.r || m.F1 != tt.f1 {
				t.Errorf("newMetric(%d,%d,%d) = %+v, want P %v R %v F1 %v", tt.tp, tt.fp, tt.fn, m, tt.p, tt.r, tt.f1)
			}
		})
	}
}

// TestScoreDeterministic scores the same prediction given in two orders and
// wants byte-identical reports.
func TestScoreDeterministic(t *testing.T) {
	g := tinyGold(t)
	ents := append(perfect(), ent("d1", graph.Series, "ballard"), ent("d2", graph.Series, "Ballard"),
		ent("x", graph.Place, "Los Angeles"), ent("y", graph.Place, "Hollywood"))
	rels := append(perfectRelations(), rel("d1", "SET_IN", "x"), rel("d2", "SET_IN", "y"), rel("x", "SET_IN", "y"))
	rev := func(es []graph.Entity, rs []graph.Relation) *graph.Graph {
		g := &graph.Graph{}
		for i := len(es) - 1; i >= 0; i-- {
			g.Entities = append(g.Entities, es[i])
		}
		for i := len(rs) - 1; i >= 0; i-- {
			g.Relations = append(g.Relations, rs[i])
		}
		return g
	}
	a, _ := json.Marshal(Score(&graph.Graph{Entities: ents, Relations: rels}, g))
	b, _ := json.Marshal(Score(rev(ents, rels), g))
	if string(a) != string(b) {
		t.Errorf("reports differ with input order:\n%s\n%s", a, b)
	}
}
