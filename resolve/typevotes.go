package resolve

import (
	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/internal/parallel"
	"github.com/kgbuild/kg/names"
)

// typeVotes is the rule "type-votes": where the mentions of one name
// disagree on its type, the weakly typed ones take the type the evidence
// of the whole corpus favours by far (more than twice the weight of their
// own). Structure is never overruled, and a relation pattern only within
// its kind (a person is not made a place). A name that patterns or the
// structure give both as a series and as a character (a series named
// after its lead) is two entities: there each mention keeps its type.
type typeVotes struct{}

func (typeVotes) name() string { return "type-votes" }

func (t typeVotes) apply(s *state) {
	// The votes and the strong types are tallied at once, and each
	// document's mentions then retyped on any core: a mention's type is
	// its own document's slot.
	var weights map[string]votes
	var strong map[string]map[string]bool
	atOnce(func() { weights = tallyVotes(s.xs) }, func() { strong = strongTypes(s.xs) })
	parallel.Each(len(s.xs), func(d int) {
		for i, m := range s.xs[d].Mentions {
			if m.Type == "" || m.Signal == extract.SigStructure {
				continue
			}
			k := names.Fold(m.Name)
			v := weights[k]
			best := v.best()
			if m.Signal == extract.SigPattern && !extract.SameKind(m.Type, best) {
				continue
			}
			if titleAndLead(strong[k], m.Type, best) {
				continue // a series named after its lead: each mention keeps what its context said
			}
			if best != m.Type && v[best] > 2*v[m.Type] {
				s.retype(mref{d, i}, best, t.name())
			}
		}
	})
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

// weakGuess is the rule "weak-guess": a mention whose type is only a
// guess from its shape (a weak rule of extract, under the confidence of
// 0.5 at which the lexicon learns a name) takes the type that the other
// mentions of its name agree on, however few they are: a cue read
// anywhere in the corpus ("Nora's son", "the show Harbor") says more than
// any number of guesses ("nothing on Nora Vance" guessed an
// organization). Where those mentions disagree, the guesses are left
// alone; lone words are the short-name rule's to place.
type weakGuess struct{}

func (weakGuess) name() string { return "weak-guess" }

func (w weakGuess) apply(s *state) {
	agreed := map[string]string{} // folded name -> the one type of its other mentions, "" where they disagree
	for d, x := range s.xs {
		for i := range x.Mentions {
			m, t := &x.Mentions[i], s.types[d][i].String()
			if t == "" || guessed(m) || m.Signal == extract.SigShort {
				continue
			}
			k := names.Fold(m.Name)
			if a, ok := agreed[k]; !ok {
				agreed[k] = t
			} else if a != t {
				agreed[k] = ""
			}
		}
	}
	for d, x := range s.xs {
		for i := range x.Mentions {
			if m := &x.Mentions[i]; guessed(m) {
				if a := agreed[names.Fold(m.Name)]; a != "" && a != s.types[d][i].String() {
					s.retype(mref{d, i}, a, w.name())
				}
			}
		}
	}
}

// guessed reports whether m's type is only a guess from its shape.
func guessed(m *extract.Mention) bool {
	return m.Type != "" && m.Signal == extract.SigShape && m.Confidence < 0.5
}

// strongTypes lists, for each name, the types a pattern or the structure
// gave some mention of it.
func strongTypes(xs []*extract.Extraction) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for _, x := range xs {
		for _, m := range x.Mentions {
			if m.Type == "" || m.Signal != extract.SigStructure && m.Signal != extract.SigPattern {
				continue
			}
			k := names.Fold(m.Name)
			if out[k] == nil {
				out[k] = map[string]bool{}
			}
			out[k][m.Type] = true
		}
	}
	return out
}

// titleAndLead reports whether a name the text gives, by pattern or
// structure, both as a series and as a character (a series named after
// its lead) is typed a and voted b, one of each: the votes of one then
// say nothing of the other, and a mention keeps its type.
func titleAndLead(strong map[string]bool, a, b string) bool {
	pair := a == graph.Series && b == graph.Character || a == graph.Character && b == graph.Series
	return pair && strong[graph.Series] && strong[graph.Character]
}
