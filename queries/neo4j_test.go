package queries_test

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/graph/neo4j/neo4jtest"
	"github.com/kgbuild/kg/queries"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// Fixture is a small hand-made graph in which every saved query has a known
// answer: a crossover character (Harry Bosch appears in Ballard), an actor
// who stars without a known character, a character without a series, a
// fact with a source that recorded no sentence, two spellings of one name.
func Fixture() *graph.Graph {
	doc := func(id, path string) graph.Document {
		return graph.Document{ID: id, Path: path, Hash: id + "-hash", Size: 100}
	}
	ent := func(id, typ, name string, aliases ...string) graph.Entity {
		return graph.Entity{ID: id, Type: typ, Name: name, Aliases: append([]string{}, aliases...)}
	}
	rel := func(from, typ, to string, sources ...string) graph.Relation {
		return graph.Relation{From: from, Type: typ, To: to, Sources: sources}
	}
	g := &graph.Graph{
		Documents: []graph.Document{
			doc("d1", "wiki/ballard.txt"), doc("d2", "news/review.txt"), doc("d3", "notes/bosch.txt"),
		},
		Entities: []graph.Entity{
			ent("series-ballard", graph.Series, "Ballard", "Ballard (TV series)"),
			ent("series-bosch", graph.Series, "Bosch"),
			ent("series-legacy", graph.Series, "Bosch: Legacy"),
			ent("person-maggie", graph.Person, "Maggie Q"),
			ent("person-titus", graph.Person, "Titus Welliver"),
			ent("person-courtney", graph.Person, "Courtney Taylor"),
			ent("person-guest", graph.Person, "Guest Actor"),
			ent("person-alaimo", graph.Person, "Michael Alaimo"),
			ent("person-connelly", graph.Person, "Michael Connelly", "Connelly"),
			ent("person-brugge", graph.Person, "Pieter Jan Brugge"),
			ent("char-renee", graph.Character, "Renée Ballard", "Renee Ballard"),
			ent("char-harry", graph.Character, "Harry Bosch", "Bosch"),
			ent("char-maddie", graph.Character, "Maddie Bosch"),
			ent("char-tutu", graph.Character, "Tutu"),
			ent("char-aaron", graph.Character, "Aaron Waller"),
			ent("char-lone", graph.Character, "Lone Character"),
			ent("org-prime", graph.Organization, "Prime Video"),
			ent("place-la", graph.Place, "Los Angeles", "LA"),
			{ID: "place-echo-park", Type: graph.Place, Name: "Echo Park"},
		},
		Relations: []graph.Relation{
			rel("person-maggie", "STARS_IN", "series-ballard", "d1"),
			rel("person-courtney", "STARS_IN", "series-ballard", "d1"),
			rel("person-guest", "STARS_IN", "series-ballard", "d2"),
			rel("person-guest", "PLAYS", "char-lone", "d2"),
			rel("person-titus", "STARS_IN", "series-bosch", "d3"),
			rel("person-titus", "PLAYS", "char-harry", "d3"),
			rel("char-renee", "APPEARS_IN", "series-ballard", "d1"),
			rel("char-harry", "APPEARS_IN", "series-ballard", "d1"),
			rel("char-harry", "APPEARS_IN", "series-bosch", "d3"),
			rel("char-maddie", "APPEARS_IN", "series-bosch", "d3"),
			rel("person-alaimo", "CREATED", "series-ballard", "d1"),
			rel("person-connelly", "CREATED", "series-ballard", "d1"),
			rel("person-alaimo", "SHOWRUNNER_OF", "series-ballard", "d1"),
			rel("person-connelly", "EXECUTIVE_PRODUCER_OF", "series-ballard", "d1"),
			rel("person-brugge", "DIRECTED", "series-ballard", "d2"),
			rel("person-connelly", "CREATED", "series-bosch", "d3"),
			rel("series-legacy", "SPINOFF_OF", "series-bosch", "d3"),
			rel("series-ballard", "AIRS_ON", "org-prime", "d1"),
			rel("series-ballard", "SET_IN", "place-la", "d1"),
			rel("char-renee", "ROMANTIC_PARTNER_OF", "char-aaron", "d2"),
			{From: "char-tutu", Type: "RELATIVE_OF", To: "char-renee", Detail: "grandmother", Sources: []string{"d2"},
				Evidence: []graph.Evidence{{Document: "d2", Text: "Her grandmother Tutu lives in Ventura.", Start: 1, End: 39}}},
			{From: "char-maddie", Type: "RELATIVE_OF", To: "char-harry", Detail: "daughter", Sources: []string{"d3"}},
			{From: "person-maggie", Type: "PLAYS", To: "char-renee", Sources: []string{"d1", "d2", "d3"},
				Evidence: []graph.Evidence{
					{Document: "d1", Text: "Maggie Q stars as Renée Ballard.", Start: 10, End: 42},
					{Document: "d2", Text: "Maggie Q is Ballard.", Start: 5, End: 25},
				}},
		},
		Mentions: []graph.Mention{{Entity: "char-renee", Document: "d1", Count: 4}},
		Conflicts: []graph.Conflict{{ID: "conflict-renee", Kind: "spelling", Subject: "char-renee", Topic: "name",
			Values: []graph.ConflictValue{
				{Value: "Renée Ballard", Documents: []string{"d1"}},
				{Value: "Renee Ballard", Documents: []string{"d2", "d1"}},
			}}},
	}
	for i := range g.Entities {
		if g.Entities[i].ID == "char-renee" {
			g.Entities[i].Variants = []graph.Variant{
				{Name: "Renée Ballard", Documents: map[string]int{"d1": 3}},
				{Name: "Renee Ballard", Documents: map[string]int{"d2": 2, "d1": 1}},
			}
		}
	}
	return g
}

type row = []any

func list(xs ...any) []any { return append([]any{}, xs...) }

// pathRow returns r with each path written as text, (name)-[:TYPE]->(name),
// so that rows compare by what a path connects, not by element ids.
func pathRow(r []any) row {
	out := make(row, len(r))
	for i, v := range r {
		out[i] = v
		p, ok := v.(dbtype.Path)
		if !ok {
			continue
		}
		var b strings.Builder
		for j, n := range p.Nodes {
			if j > 0 {
				rel := p.Relationships[j-1]
				if rel.StartElementId == p.Nodes[j-1].ElementId {
					fmt.Fprintf(&b, "-[:%s]->", rel.Type)
				} else {
					fmt.Fprintf(&b, "<-[:%s]-", rel.Type)
				}
			}
			fmt.Fprintf(&b, "(%v)", n.Props["name"])
		}
		out[i] = b.String()
	}
	return out
}

// TestSavedQueries runs every saved query against a real server holding
// Fixture, written through the Neo4j store, and checks the exact rows.
func TestSavedQueries(t *testing.T) {
	s := neo4jtest.Open(t, 0)
	ctx := context.Background()
	if err := s.Replace(ctx, Fixture()); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		query   string
		params  map[string]any
		columns []string
		rows    []row
	}{
		{"cast of Ballard", "cast", map[string]any{"series": "Ballard"},
			[]string{"series", "actor", "character"},
			[]row{
				{"Ballard", "Courtney Taylor", nil},
				{"Ballard", "Guest Actor", "Lone Character"},
				{"Ballard", "Maggie Q", "Renée Ballard"},
				{"Ballard", "Titus Welliver", "Harry Bosch"},
			}},
		{"cast of Bosch, also an alias of a character", "cast", map[string]any{"series": "Bosch"},
			[]string{"series", "actor", "character"},
			[]row{{"Bosch", "Titus Welliver", "Harry Bosch"}}},
		{"cast of unknown series", "cast", map[string]any{"series": "Nope"},
			[]string{"series", "actor", "character"}, nil},
		{"crew of Ballard", "crew", map[string]any{"series": "Ballard (TV series)"},
			[]string{"series", "role", "person"},
			[]row{
				{"Ballard", "creator", "Michael Alaimo"},
				{"Ballard", "creator", "Michael Connelly"},
				{"Ballard", "showrunner", "Michael Alaimo"},
				{"Ballard", "executive producer", "Michael Connelly"},
				{"Ballard", "director", "Pieter Jan Brugge"},
			}},
		{"entity with facts", "entity", map[string]any{"name": "Tutu"},
			[]string{"entity", "type", "aliases", "relation", "direction", "other", "other_type", "detail", "sources"},
			[]row{{"Tutu", "Character", list(), "RELATIVE_OF", "->", "Renée Ballard", "Character", "grandmother", list("d2")}}},
		{"entity by alias, both directions", "entity", map[string]any{"name": "LA"},
			[]string{"entity", "type", "aliases", "relation", "direction", "other", "other_type", "detail", "sources"},
			[]row{{"Los Angeles", "Place", list("LA"), "SET_IN", "<-", "Ballard", "Series", nil, list("d1")}}},
		{"entity without facts", "entity", map[string]any{"name": "Echo Park"},
			[]string{"entity", "type", "aliases", "relation", "direction", "other", "other_type", "detail", "sources"},
			[]row{{"Echo Park", "Place", nil, nil, nil, nil, nil, nil, nil}}},
		{"evidence of a fact", "evidence", map[string]any{"subject": "Maggie Q", "predicate": "PLAYS", "object": "Renée Ballard"},
			[]string{"document", "path", "sentence"},
			[]row{
				{"d1", "wiki/ballard.txt", "Maggie Q stars as Renée Ballard."},
				{"d2", "news/review.txt", "Maggie Q is Ballard."},
				{"d3", "notes/bosch.txt", nil},
			}},
		{"evidence of a symmetric fact, reversed", "evidence", map[string]any{"subject": "Renee Ballard", "predicate": "RELATIVE_OF", "object": "Tutu"},
			[]string{"document", "path", "sentence"},
			[]row{{"d2", "news/review.txt", "Her grandmother Tutu lives in Ventura."}}},
		{"evidence of a directed fact, reversed", "evidence", map[string]any{"subject": "Renée Ballard", "predicate": "PLAYS", "object": "Maggie Q"},
			[]string{"document", "path", "sentence"}, nil},
		{"spellings", "spellings", map[string]any{"name": "Renee Ballard"},
			[]string{"entity", "spelling", "document", "count"},
			[]row{
				{"Renée Ballard", "Renee Ballard", "news/review.txt", int64(2)},
				{"Renée Ballard", "Renee Ballard", "wiki/ballard.txt", int64(1)},
				{"Renée Ballard", "Renée Ballard", "wiki/ballard.txt", int64(3)},
			}},
		{"conflicts", "conflicts", nil,
			[]string{"kind", "subject", "topic", "value", "documents"},
			[]row{
				{"spelling", "Renée Ballard", "name", "Renée Ballard", list("wiki/ballard.txt")},
				{"spelling", "Renée Ballard", "name", "Renee Ballard", list("news/review.txt", "wiki/ballard.txt")},
			}},
		{"relatives", "relatives", nil,
			[]string{"character", "kind", "detail", "other"},
			[]row{
				{"Maddie Bosch", "family", "daughter", "Harry Bosch"},
				{"Renée Ballard", "romantic", nil, "Aaron Waller"},
				{"Tutu", "family", "grandmother", "Renée Ballard"},
			}},
		{"neighbourhood", "entity-neighbourhood", map[string]any{"name": "Tutu"},
			[]string{"p"},
			[]row{{"(Tutu)-[:RELATIVE_OF]->(Renée Ballard)"}}},
		{"neighbourhood by a spelling variant, in relation order", "entity-neighbourhood", map[string]any{"name": "Renee Ballard"},
			[]string{"p"},
			[]row{
				{"(Renée Ballard)-[:APPEARS_IN]->(Ballard)"},
				{"(Renée Ballard)<-[:PLAYS]-(Maggie Q)"},
				{"(Renée Ballard)<-[:RELATIVE_OF]-(Tutu)"},
				{"(Renée Ballard)-[:ROMANTIC_PARTNER_OF]->(Aaron Waller)"},
			}},
		{"neighbourhood of an unknown name", "entity-neighbourhood", map[string]any{"name": "Nobody"}, []string{"p"}, nil},
		{"path", "path", map[string]any{"from": "Maggie Q", "to": "Maddie Bosch"},
			[]string{"step", "from", "relation", "to"},
			[]row{
				{int64(1), "Maggie Q", "-[STARS_IN]->", "Ballard"},
				{int64(2), "Ballard", "<-[APPEARS_IN]-", "Harry Bosch"},
				{int64(3), "Harry Bosch", "<-[RELATIVE_OF]-", "Maddie Bosch"},
			}},
		{"path to itself", "path", map[string]any{"from": "Maggie Q", "to": "Maggie Q"},
			[]string{"step", "from", "relation", "to"}, nil},
	}
	tested := map[string]bool{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, ok := queries.Get(tt.query)
			if !ok {
				t.Fatalf("no saved query %q", tt.query)
			}
			tested[tt.query] = true
			res, err := s.Query(ctx, q.Cypher, tt.params)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(res.Columns, tt.columns) {
				t.Errorf("columns %q, want %q", res.Columns, tt.columns)
			}
			if len(res.Rows) == 0 && len(tt.rows) == 0 {
				return
			}
			var got []row
			for _, r := range res.Rows {
				got = append(got, pathRow(r))
			}
			if !reflect.DeepEqual(got, tt.rows) {
				g, _ := json.MarshalIndent(got, "", " ")
				w, _ := json.MarshalIndent(tt.rows, "", " ")
				t.Errorf("rows:\n%s\nwant:\n%s", g, w)
			}
		})
	}
	for _, q := range queries.All() {
		if !tested[q.Name] {
			t.Errorf("saved query %q has no test", q.Name)
		}
	}
}

// TestQueriesCannotWrite checks that a statement that writes fails through
// Store.Query and changes nothing.
func TestQueriesCannotWrite(t *testing.T) {
	s := neo4jtest.Open(t, 0)
	if _, err := s.Query(context.Background(), "CREATE (:Entity {id: 'x'})", nil); err == nil {
		t.Fatal("a write through Query succeeded")
	}
	if rows := neo4jtest.Run(t, neo4jtest.Config(t), "MATCH (e:Entity {id: 'x'}) RETURN e", nil); len(rows) != 0 {
		t.Fatal("a write through Query failed but left its node")
	}
}
