package neo4j

import (
	"strings"
	"testing"

	"github.com/kgbuild/kg/graph"
)

func TestValidate(t *testing.T) {
	doc := graph.Document{ID: "d", Path: "d.txt"}
	person := graph.Entity{ID: "p", Type: graph.Person, Name: "P"}
	place := graph.Entity{ID: "l", Type: graph.Place, Name: "L"}
	tests := []struct {
		name string
		g    graph.Graph
		want string // "" for valid
	}{
		{"empty", graph.Graph{}, ""},
		{"name too long to index, with its entity and documents", graph.Graph{Documents: []graph.Document{doc},
			Entities: []graph.Entity{{ID: "character:run-on", Type: graph.Character, Name: strings.Repeat("Run on ", 1500),
				Variants: []graph.Variant{{Name: "Run on", Documents: map[string]int{"d": 1}}}}}},
			`entity "character:run-on" (in documents d): name of 10500 bytes ("Run on Run on`},
		{"long name that fits", graph.Graph{Entities: []graph.Entity{{ID: "p", Type: graph.Person, Name: strings.Repeat("x", MaxIndexedBytes)}}}, ""},
		{"path too long to index", graph.Graph{Documents: []graph.Document{{ID: "d", Path: strings.Repeat("a/", 2500)}}},
			`document "a/a/a/`},
		{"valid", graph.Graph{Documents: []graph.Document{doc}, Entities: []graph.Entity{person, place},
			Relations: []graph.Relation{{From: "p", Type: "MEMBER_OF", To: "l"}},
			Mentions:  []graph.Mention{{Entity: "p", Document: "d", Count: 1}}}, ""},
		{"empty document id", graph.Graph{Documents: []graph.Document{{Path: "x.txt"}}}, `document "x.txt": empty id`},
		{"duplicate document", graph.Graph{Documents: []graph.Document{doc, doc}}, `document "d": duplicate id`},
		{"duplicate entity", graph.Graph{Entities: []graph.Entity{person, person}}, `entity "p": duplicate id`},
		{"label from input text", graph.Graph{Entities: []graph.Entity{{ID: "x", Type: "Person:Admin", Name: "X"}}},
			`unknown type "Person:Admin"`},
		{"relationship type from input text", graph.Graph{Entities: []graph.Entity{person, place},
			Relations: []graph.Relation{{From: "p", Type: "LIVES_IN]->(x) DETACH DELETE x //", To: "l"}}}, "unknown predicate"},
		{"dangling relation", graph.Graph{Entities: []graph.Entity{person},
			Relations: []graph.Relation{{From: "p", Type: "MEMBER_OF", To: "l"}}}, `unknown entity "l"`},
		{"duplicate relation", graph.Graph{Entities: []graph.Entity{person, place},
			Relations: []graph.Relation{{From: "p", Type: "MEMBER_OF", To: "l"}, {From: "p", Type: "MEMBER_OF", To: "l"}}}, "duplicate"},
		{"mention of unknown document", graph.Graph{Entities: []graph.Entity{person},
			Mentions: []graph.Mention{{Entity: "p", Document: "d"}}}, "unknown document"},
		{"duplicate mention", graph.Graph{Documents: []graph.Document{doc}, Entities: []graph.Entity{person},
			Mentions: []graph.Mention{{Entity: "p", Document: "d"}, {Entity: "p", Document: "d"}}}, "duplicate"},
		{"variant in unknown document", graph.Graph{Entities: []graph.Entity{{ID: "p", Type: graph.Person,
			Variants: []graph.Variant{{Name: "P", Documents: map[string]int{"d": 1}}}}}}, `variant "P": unknown document "d"`},
		{"duplicate variant", graph.Graph{Entities: []graph.Entity{{ID: "p", Type: graph.Person,
			Variants: []graph.Variant{{Name: "P"}, {Name: "P"}}}}}, `duplicate variant "P"`},
		{"conflict in unknown document", graph.Graph{Conflicts: []graph.Conflict{{ID: "c",
			Values: []graph.ConflictValue{{Value: "v", Documents: []string{"d"}}}}}}, `unknown document "d"`},
		{"conflict without id", graph.Graph{Conflicts: []graph.Conflict{{Subject: "p"}}}, "empty id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := validate(&tt.g)
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("validate = %v, want nil", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("validate = %v, want an error containing %q", err, tt.want)
			}
		})
	}
}
