package build

import (
	"strings"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/names"
)

// Inference: facts the graph holds that no sentence states outright.

// inclusion is an internal INCLUDES claim: the book series whole includes
// the book part. It is never an edge of its own.
type inclusion struct{ whole, part string }

// passedOn are the predicates whose facts about a book series hold for
// each book it includes ("the novel series, including The Late Show"):
// the series' author wrote the book, and a show based on the series draws
// on it too.
var passedOn = map[string]bool{"WROTE": true, "BASED_ON": true}

// inferredConfidence scales the confidence of a fact passed on to a
// book: one step of inference weaker than the fact it comes from.
const inferredConfidence = 0.9

// inferIncluded passes the facts about each including series on to the
// books it includes, with the evidence of the original fact. The
// inclusions are taken in order, each seeing the facts the ones before it
// passed on (a series of series passes its author down to every book), and
// the facts about a series in the order they were first stated; an index
// of the facts by object keeps this linear in the facts.
func inferIncluded(es *edges, includes []inclusion) {
	byObject := map[string][]string{} // object -> keys of the facts passed on, in es.order
	indexed := 0
	for _, in := range includes {
		for ; indexed < len(es.order); indexed++ {
			if r := es.rels[es.order[indexed]]; passedOn[r.Type] {
				byObject[r.To] = append(byObject[r.To], es.order[indexed])
			}
		}
		// Facts passed on here have the part as their object, never the
		// whole (a part that is its own whole adds to the same facts), so
		// the list ranged over is complete.
		for _, k := range byObject[in.whole] {
			r := es.rels[k]
			for _, ev := range r.Evidence {
				es.add(r.From, r.Type, in.part, "", ev, r.Confidence*inferredConfidence)
			}
		}
	}
}

// predRelativeOf is the family edge kin anchoring follows.
const predRelativeOf = "RELATIVE_OF"

// kinAnchor finds the entity a fact is about. Most facts name it; a fact
// about a relative ("his sister's murder") names the anchor instead, or
// only the anchor's role ("the sister of the captain"), and the subject is
// the entity a RELATIVE_OF edge says is that kin of the anchor.
type kinAnchor struct {
	byRole map[string][]string // last word of a role -> entity ids
	// relatives holds the RELATIVE_OF edges by the entity they end at, in
	// the graph's order: looking them up for every fact by scanning every
	// relation made the build grow with the square of the corpus.
	relatives map[string][]graph.Relation
}

func newKinAnchor(g *graph.Graph) *kinAnchor {
	k := &kinAnchor{byRole: map[string][]string{}, relatives: map[string][]graph.Relation{}}
	for _, r := range g.Relations {
		if r.Type == predRelativeOf {
			k.relatives[r.To] = append(k.relatives[r.To], r)
		}
	}
	for _, e := range g.Entities {
		for _, r := range e.Roles {
			w := strings.ToLower(names.LastWord(r))
			k.byRole[w] = append(k.byRole[w], e.ID)
		}
	}
	return k
}

// subject returns the entity id f is about, given the entity ids of its
// document's mentions, or "".
func (k *kinAnchor) subject(f extract.Fact, links []string) string {
	link := func(i int) string {
		if i < 0 || i >= len(links) {
			return ""
		}
		return links[i]
	}
	if subj := link(f.Target); subj != "" || f.Kin == "" {
		return subj
	}
	anchor := link(f.Anchor)
	if f.AnchorRole != "" && len(k.byRole[f.AnchorRole]) == 1 {
		anchor = k.byRole[f.AnchorRole][0]
	}
	if anchor == "" {
		return ""
	}
	return k.kinOf(f.Kin, anchor)
}

// kinOf finds the entity that is the kin of anchor ("sister" of Jake):
// the first RELATIVE_OF edge to anchor whose detail ends with kin.
func (k *kinAnchor) kinOf(kin, anchor string) string {
	for _, r := range k.relatives[anchor] {
		if strings.HasSuffix(r.Detail, kin) {
			return r.From
		}
	}
	return ""
}
