package cypherplan

import (
	"reflect"

	"github.com/kgbuild/kg/graph"
)

// Kinds of element: the rows of one kind share their keys, whatever merge
// (entity type, predicate) they come in, so that an entity whose type
// changed is an update, not a delete and a create.
const (
	kindDocuments  = "documents"
	kindEntities   = "entities"
	kindVariants   = "name variants"
	kindUses       = "variant uses"
	kindMentions   = "mentions"
	kindFacts      = "relations"
	kindConflicts  = "conflicts"
	kindAbout      = "conflict subjects"
	kindClaims     = "claims"
	kindAssertions = "claim documents"
)

// deletes is the delete statement of each kind, in the order Diff runs
// them: relationships before the nodes they join, so that no DETACH
// DELETE has removed a relationship a later statement looks for (it would
// find nothing and do nothing, but the counts in messages would be off).
var deletes = []struct{ kind, cypher string }{
	{kindAssertions, deleteAssertions},
	{kindAbout, deleteAbout},
	{kindUses, deleteUses},
	{kindMentions, deleteMentions},
	{kindFacts, deleteFacts},
	{kindClaims, deleteClaims},
	{kindConflicts, deleteConflicts},
	{kindVariants, deleteVariants},
	{kindEntities, deleteEntities},
	{kindDocuments, deleteDocuments},
}

// Diff returns the plan that turns a database holding old (as written by a
// plan of this package) into one holding g: Deletes of the elements g no
// longer has, and Merges of only the rows that are new or differ from old's.
// When g equals old, the plan is empty (see Plan.Empty): nothing is written.
func Diff(old, g *graph.Graph) Plan {
	oldMerges := Build(old).Merges
	before := map[string]map[string]Row{}
	for _, m := range oldMerges {
		rows := before[m.Kind]
		if rows == nil {
			rows = map[string]Row{}
			before[m.Kind] = rows
		}
		for i, k := range m.Keys {
			rows[k] = m.Rows[i]
		}
	}
	stale := map[string][]string{}
	var plan Plan
	for _, m := range Build(g).Merges {
		rows := before[m.Kind]
		changed := Merge{What: m.What, Body: m.Body, Kind: m.Kind}
		for i, k := range m.Keys {
			prev, had := rows[k]
			delete(rows, k)
			if had && reflect.DeepEqual(prev, m.Rows[i]) {
				continue
			}
			if had && m.Kind == kindAbout { // a new subject: the old edge goes
				stale[m.Kind] = append(stale[m.Kind], k)
			}
			changed.Rows = append(changed.Rows, m.Rows[i])
			changed.Keys = append(changed.Keys, k)
		}
		plan.Merges = append(plan.Merges, changed)
	}
	for _, m := range oldMerges { // what is left of before is stale, in old's order
		for _, k := range m.Keys {
			if _, ok := before[m.Kind][k]; ok {
				stale[m.Kind] = append(stale[m.Kind], k)
			}
		}
	}
	for _, d := range deletes {
		plan.Deletes = append(plan.Deletes, Delete{What: d.kind, Cypher: d.cypher, Keys: stale[d.kind]})
	}
	return plan
}
