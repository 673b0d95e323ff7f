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

// kinds describes each kind, in the order its elements are retired and
// purged: relationships before the nodes they join. find binds the
// elements of a batch of keys to x (see the find clauses); rel says they
// are relationships, which a changed row replaces by a new version rather
// than updating in place.
var kinds = []struct {
	kind, find string
	rel        bool
}{
	{kindAssertions, findAssertions, true},
	{kindAbout, findAbout, true},
	{kindUses, findUses, true},
	{kindMentions, findMentions, true},
	{kindFacts, findFacts, true},
	{kindClaims, findClaims, false},
	{kindConflicts, findConflicts, false},
	{kindVariants, findVariants, false},
	{kindEntities, findEntities, false},
	{kindDocuments, findDocuments, false},
}

// isRel reports whether the elements of kind are relationships.
func isRel(kind string) bool {
	for _, k := range kinds {
		if k.kind == kind {
			return k.rel
		}
	}
	panic("cypherplan: unknown kind " + kind)
}

// Change is the difference between two graphs, as the Neo4j store writes
// it in three steps so that no transaction grows with the graph and no
// reader sees a half-written one (see graph/neo4j):
//
//   - Retire marks the elements the new graph no longer has, and the old
//     version of every changed relationship, as gone at the new generation
//     (kg_gone), in batches;
//   - Create adds the new elements, and the new version of every changed
//     relationship, marked as new at that generation (kg_new), in batches;
//   - Update rewrites the changed nodes in place, in the one transaction
//     that also makes the new generation current: it holds only what
//     changed on nodes, nothing on a first load.
//
// Purge then deletes what Retire marked, in batches.
type Change struct {
	Retire []Keys
	Create []Merge
	Update []Merge
}

// Keys are the keys of elements of one kind, with the statements that
// mark and delete them.
type Keys struct {
	What string
	// Retire marks each element as gone at generation $gen; Purge deletes
	// those marked.
	Retire, Purge string
	Keys          []string
}

// Batches splits the keys into consecutive batches of at most size keys
// (size must be positive), each the $keys of one run of a statement.
func (k Keys) Batches(size int) [][]string {
	var out [][]string
	for start := 0; start < len(k.Keys); start += size {
		out = append(out, k.Keys[start:min(start+size, len(k.Keys))])
	}
	return out
}

// KeyParams returns the parameters of a Keys statement for one batch of
// keys at generation gen: $keys, $gen and $sep, which joins the parts of
// composite keys.
func KeyParams(keys []string, gen int64) map[string]any {
	return map[string]any{"keys": keys, "sep": Sep, "gen": gen}
}

// Empty reports whether the change writes nothing.
func (c Change) Empty() bool {
	for _, k := range c.Retire {
		if len(k.Keys) > 0 {
			return false
		}
	}
	for _, ms := range [][]Merge{c.Create, c.Update} {
		for _, m := range ms {
			if len(m.Rows) > 0 {
				return false
			}
		}
	}
	return true
}

// Diff returns the change that turns a database holding old (as written by
// this package's statements) into one holding g. When g equals old, the
// change is empty: nothing is written.
func Diff(old, g *graph.Graph) Change {
	oldMerges := Build(old).Merges
	before := map[string]map[string]Row{}
	for _, m := range oldMerges {
		if before[m.Kind] == nil {
			before[m.Kind] = map[string]Row{}
		}
		for i, k := range m.Keys {
			before[m.Kind][k] = m.Rows[i]
		}
	}
	stale := map[string][]string{}
	var c Change
	for _, m := range Build(g).Merges {
		rel := isRel(m.Kind)
		created := Merge{What: m.What, Body: m.Body, Kind: m.Kind, Type: m.Type}
		updated := created
		for i, k := range m.Keys {
			prev, had := before[m.Kind][k]
			delete(before[m.Kind], k)
			switch {
			case had && reflect.DeepEqual(prev, m.Rows[i]):
				continue
			case had && !rel:
				updated.Rows, updated.Keys = append(updated.Rows, m.Rows[i]), append(updated.Keys, k)
				continue
			case had: // a new version of the relationship; the old one goes
				stale[m.Kind] = append(stale[m.Kind], k)
			}
			created.Rows, created.Keys = append(created.Rows, m.Rows[i]), append(created.Keys, k)
		}
		c.Create = append(c.Create, created)
		c.Update = append(c.Update, updated)
	}
	for _, m := range oldMerges { // what is left of before is stale, in old's order
		for _, k := range m.Keys {
			if _, ok := before[m.Kind][k]; ok {
				stale[m.Kind] = append(stale[m.Kind], k)
			}
		}
	}
	for _, k := range kinds {
		del := "DELETE x"
		if !k.rel {
			del = "DETACH DELETE x"
		}
		c.Retire = append(c.Retire, Keys{What: k.kind, Keys: stale[k.kind],
			Retire: k.find + " WITH x WHERE x.kg_gone IS NULL SET x.kg_gone = $gen",
			Purge:  k.find + " WITH x WHERE x.kg_gone IS NOT NULL " + del})
	}
	return c
}
