package resolve

import (
	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/names"
)

// typeVotes is the rule "type-votes": where the mentions of one name
// disagree on its type, the weakly typed ones take the type the evidence
// of the whole corpus favours by far (more than twice the weight of their
// own). Structure is never overruled, and a relation pattern only within
// its kind (a person is not made a place).
type typeVotes struct{}

func (typeVotes) name() string { return "type-votes" }

func (t typeVotes) apply(s *state) {
	votes := tallyVotes(s.xs)
	for d, x := range s.xs {
		for i, m := range x.Mentions {
			v := votes[names.Fold(m.Name)]
			if m.Type == "" || m.Signal == extract.SigStructure || m.Signal == extract.SigPattern && !extract.SameKind(m.Type, v.best()) {
				continue
			}
			if best := v.best(); best != m.Type && v[best] > 2*v[m.Type] {
				s.retype(mref{d, i}, best, t.name())
			}
		}
	}
}

// votes counts, for one name, the evidence for each type.
type votes map[string]float64

// best is the type with the most evidence, the first in
// extract.TypeOrder on a tie, or "" when there is none.
func (v votes) best() string {
	best := ""
	for _, t := range extract.TypeOrder {
		if v[t] > v[best] {
			best = t
		}
	}
	return best
}

// voteWeight is how much a mention's type counts by the signal that gave
// it: structure says most, a relation pattern much, shape (by its
// confidence) and the lexicon little.
var voteWeight = map[string]float64{
	extract.SigStructure: 3,
	extract.SigPattern:   2,
	extract.SigShort:     1.5,
}

// tallyVotes weighs the typed mentions of every name, as extract typed
// them.
func tallyVotes(xs []*extract.Extraction) map[string]votes {
	out := map[string]votes{}
	for _, x := range xs {
		for _, m := range x.Mentions {
			if m.Type == "" {
				continue
			}
			w, ok := voteWeight[m.Signal]
			switch {
			case m.Signal == extract.SigShape:
				w = m.Confidence
			case !ok:
				w = 0.3
			}
			k := names.Fold(m.Name)
			if out[k] == nil {
				out[k] = votes{}
			}
			out[k][m.Type] += w
		}
	}
	return out
}
