package main

import (
	"reflect"
	"testing"

	"github.com/kgbuild/kg/graph"
)

func TestFindEntities(t *testing.T) {
	g := &graph.Graph{Entities: []graph.Entity{
		{ID: "person:maggie-q", Type: graph.Person, Name: "Maggie Q"},
		{ID: "character:renee-ballard", Type: graph.Character, Name: "Renée Ballard", Aliases: []string{"Renee Ballard"}},
		{ID: "series:ballard", Type: graph.Series, Name: "Ballard", Aliases: []string{"Ballard (TV series)"}},
		{ID: "character:zamira-parker", Type: graph.Character, Name: "Zamira Parker",
			Variants: []graph.Variant{{Name: "Zamira Parker"}, {Name: "Samira Parker"}}},
		{ID: "person:jet-wilkinson", Type: graph.Person, Name: "Jet Wilkinson"},
		{ID: "character:jet-wilkinson", Type: graph.Character, Name: "Jet Wilkinson"},
		{ID: "org:lapd", Type: graph.Organization, Name: "L.A.P.D.", Aliases: []string{"Los Angeles Police Department"}},
	}}
	tests := []struct {
		name, query string
		want        []string
	}{
		{"canonical name", "Maggie Q", []string{"person:maggie-q"}},
		{"case ignored", "MAGGIE q", []string{"person:maggie-q"}},
		{"accents ignored", "renee ballard", []string{"character:renee-ballard"}},
		{"accent added", "Rénée Bállard", []string{"character:renee-ballard"}},
		{"alias", "ballard (tv series)", []string{"series:ballard"}},
		{"spelling variant", "samira parker", []string{"character:zamira-parker"}},
		{"punctuation ignored", "LAPD", []string{"org:lapd"}},
		{"surrounding space", "  Ballard ", []string{"series:ballard"}},
		{"namesakes, in id order", "jet wilkinson", []string{"character:jet-wilkinson", "person:jet-wilkinson"}},
		{"id", "person:jet-wilkinson", []string{"person:jet-wilkinson"}},
		{"unknown", "Harry Bosch", nil},
		{"empty", " ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range findEntities(g, tt.query) {
				got = append(got, e.ID)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("findEntities(%q) = %q, want %q", tt.query, got, tt.want)
			}
		})
	}
}
