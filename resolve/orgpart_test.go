package resolve

import (
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

func TestShapeNameInOrg(t *testing.T) {
	const st, shape = extract.SigStructure, extract.SigShape
	runRuleCases(t, []ruleCase{
		{
			name: "a-shape-person-that-starts-one-organization-name",
			docs: []doc{
				{id: "a", ms: []extract.Mention{men("Skerry Lane Productions", graph.Organization, st)}},
				{id: "b", ms: []extract.Mention{conf(men("Skerry Lane", graph.Person, shape), 0.5)}},
			},
			want: []string{"Organization{Skerry Lane, Skerry Lane Productions} by shape-name-in-org typed by shape-name-in-org"},
		},
		{
			// The company is named after the person, another entity.
			name: "a-shape-person-with-a-given-name-stays-a-person",
			docs: []doc{
				{id: "a", ms: []extract.Mention{men("Ann B. Tavish Productions", graph.Organization, st)}},
				{id: "b", ms: []extract.Mention{conf(men("Ann B. Tavish", graph.Person, shape), 0.5)}},
			},
			want: []string{"Organization{Ann B. Tavish Productions}", "Person{Ann B. Tavish}"},
		},
		{
			name: "a-person-by-structure-stays-a-person",
			docs: []doc{
				{id: "a", ms: []extract.Mention{men("Skerry Lane Productions", graph.Organization, st)}},
				{id: "b", ms: []extract.Mention{men("Skerry Lane", graph.Person, st)}},
			},
			want: []string{"Organization{Skerry Lane Productions}", "Person{Skerry Lane}"},
		},
		{
			// A page's recurring word for a unit ("Tidewater took the
			// case") reads like a character's name.
			name: "a-shape-character-that-starts-one-organization-name",
			docs: []doc{
				{id: "a", ms: []extract.Mention{men("Tidewater Unit", graph.Organization, st)}},
				{id: "b", ms: []extract.Mention{conf(men("Tidewater", graph.Character, shape), 0.5)}},
			},
			want: []string{"Organization{Tidewater, Tidewater Unit} by shape-name-in-org typed by shape-name-in-org"},
		},
		{
			name: "a-character-by-a-pattern-stays-a-character",
			docs: []doc{
				{id: "a", ms: []extract.Mention{men("Tidewater Unit", graph.Organization, st)}},
				{id: "b", ms: []extract.Mention{men("Tidewater", graph.Character, extract.SigPattern)}},
			},
			want: []string{"Character{Tidewater}", "Organization{Tidewater Unit}"},
		},
		{
			name: "two-organization-names-fit",
			docs: []doc{
				{id: "a", ms: []extract.Mention{men("Skerry Lane Productions", graph.Organization, st), men("Skerry Lane Studios", graph.Organization, st)}},
				{id: "b", ms: []extract.Mention{conf(men("Skerry Lane", graph.Person, shape), 0.5)}},
			},
			want: []string{"Organization{Skerry Lane Productions}", "Organization{Skerry Lane Studios}", "Person{Skerry Lane}"},
		},
	})
}
