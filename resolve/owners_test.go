package resolve

import (
	"slices"
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

// TestShortFormAliases: a lone name placed with a full name is that
// entity's alias unless it is written for another entity of the graph.
func TestShortFormAliases(t *testing.T) {
	const st = extract.SigStructure
	short := func(name string) extract.Mention { return men(name, "", extract.SigShort) }
	actor := men("Lena Marsh", graph.Person, st)
	plays := []extract.Claim{claim(0, predPlays, 3)} // the actor plays the lone name
	tests := []struct {
		name        string
		docs        []doc
		entity      string // the canonical name whose aliases are checked
		has, hasNot []string
	}{
		{
			// "Frost novels" is keyed as "frost", as a book's series
			// words are left out, but "Frost" is never written for it.
			name: "a-lone-surname-beside-the-novels-of-that-name",
			docs: []doc{
				{id: "a", ms: []extract.Mention{actor, men("Jack Frost", graph.Character, st), men("Frost novels", graph.Book, st), short("Frost")}, cs: plays},
			},
			entity: "Jack Frost", has: []string{"Frost"},
		},
		{
			// A place only a weak guess typed is no entity of the graph.
			name: "a-lone-surname-a-weak-guess-typed-elsewhere",
			docs: []doc{
				{id: "a", ms: []extract.Mention{actor, men("Ada Quist", graph.Character, st), conf(men("Quist", graph.Place, extract.SigShape), 0.3), short("Quist")}, cs: plays},
			},
			entity: "Ada Quist", has: []string{"Quist"},
		},
		{
			// The series is written "Quist": the name is the series', not
			// an alias of the character it is named after.
			name: "a-lone-surname-that-is-a-series-title",
			docs: []doc{
				{id: "a", ms: []extract.Mention{actor, men("Ada Quist", graph.Character, st), men("Quist", graph.Series, st), short("Quist")}, cs: plays},
			},
			entity: "Ada Quist", hasNot: []string{"Quist"},
		},
		{
			// The lone "Ace" is the character Ace Lane's: the real
			// person whose name quotes it is not called by it here.
			name: "a-quoted-nickname-whose-lone-mentions-stand-for-another",
			docs: []doc{
				{id: "a", ms: []extract.Mention{actor, men("Ace Lane", graph.Character, st), men("Tom Lane", graph.Character, st), short("Ace")}, cs: plays},
				{id: "b", ms: []extract.Mention{men(`Tom "Ace" Brandt`, graph.Person, st)}},
			},
			entity: `Tom "Ace" Brandt`, has: []string{"Tom Brandt"}, hasNot: []string{"Ace"},
		},
		{
			name: "a-quoted-nickname-no-other-entity-has",
			docs: []doc{
				{id: "a", ms: []extract.Mention{actor, men("Ada Quist", graph.Character, st), men("Bo Lind", graph.Character, st), short("Quist")}, cs: plays},
				{id: "b", ms: []extract.Mention{men(`Tom "Ace" Brandt`, graph.Person, st)}},
			},
			entity: `Tom "Ace" Brandt`, has: []string{"Ace", "Tom Brandt"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := Reconciler{}.Run(extractions(tc.docs))
			i := slices.IndexFunc(res.Entities, func(e graph.Entity) bool { return e.Name == tc.entity })
			if i < 0 {
				t.Fatalf("no entity %q among %v", tc.entity, res.Entities)
			}
			got := res.Entities[i].Aliases
			for _, a := range tc.has {
				if !slices.Contains(got, a) {
					t.Errorf("%s has aliases %q, want %q among them", tc.entity, got, a)
				}
			}
			for _, a := range tc.hasNot {
				if slices.Contains(got, a) {
					t.Errorf("%s has aliases %q, want no %q", tc.entity, got, a)
				}
			}
		})
	}
}
