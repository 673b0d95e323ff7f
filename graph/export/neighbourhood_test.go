package export

import (
	"reflect"
	"testing"
)

func TestNeighbourhood(t *testing.T) {
	tests := []struct {
		name      string
		start     []string
		depth     int
		entities  []string
		relations int
		documents int
	}{
		{"depth 0 keeps the start alone", []string{"person:maggie-q"}, 0, []string{"person:maggie-q"}, 0, 1},
		{"depth 1 follows edges both ways", []string{"person:maggie-q"}, 1,
			[]string{"character:renee-ballard", "person:maggie-q", "series:ballard"}, 3, 2},
		{"depth 2", []string{"place:los-angeles"}, 2,
			[]string{"book:the-late-show", "character:renee-ballard", "person:maggie-q", "place:los-angeles", "series:ballard"}, 6, 2},
		{"unknown start", []string{"nobody"}, 3, nil, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sub := Neighbourhood(fixture(), tt.start, tt.depth)
			var ids []string
			for _, e := range sub.Entities {
				ids = append(ids, e.ID)
			}
			if !reflect.DeepEqual(ids, tt.entities) {
				t.Errorf("entities = %v, want %v", ids, tt.entities)
			}
			if len(sub.Relations) != tt.relations || len(sub.Documents) != tt.documents {
				t.Errorf("relations, documents = %d, %d; want %d, %d", len(sub.Relations), len(sub.Documents), tt.relations, tt.documents)
			}
			if err := checkRefs(sub, true); err != nil {
				t.Errorf("neighbourhood is not a closed graph: %v", err)
			}
		})
	}
}
