package extract

import "github.com/kgbuild/kg/graph"

// predPersona is the pseudo-predicate of the names one character goes by,
// written with slashes between them in reviews and recaps ("Nadine/Dorothy's
// new life", "Jimmy/Saul/Gene"): each name after the first is given the
// first as its alias, for reconciliation to join their entities once the
// short names are placed (see resolve's persona rule).
const predPersona = "PERSONA"

// applyPersona reads "A/B/C" (see predPersona). Every name must be a
// character's, a lone word the corpus knows as someone's, or a person's
// full name that only its shape typed, and one at least a character's:
// "Sandoval/Parallax", a photographer and an agency, or "AMC/Netflix" are
// no personas. A name only its shape made a person's is the character's
// other name ("Nelson Vance/George Muller"), and is typed so.
func (s *docState) applyPersona(m *patMatch) {
	ms := m.marks(m.src[m.loc[0]:m.loc[1]])
	character := false
	var guessed []int
	for _, mi := range ms {
		mm := s.x.Mentions[mi]
		lone := mm.Type == "" && mm.Signal == SigShort
		switch {
		case mm.Type == graph.Character || lone && s.lexShort(mm.Name, graph.Character):
			character = true
		case lone && s.lexShort(mm.Name, graph.Person):
		case mm.Type == graph.Person && mm.Signal == SigShape:
			guessed = append(guessed, mi)
		default:
			return
		}
	}
	if !character {
		return
	}
	for _, mi := range guessed {
		mm := &s.x.Mentions[mi]
		mm.Type, mm.Signal, mm.Confidence, mm.Rule = graph.Character, SigPattern, 0.6, m.p.name
	}
	first := s.x.Mentions[ms[0]].Name
	for _, mi := range ms[1:] {
		if mm := &s.x.Mentions[mi]; mm.Alias == "" && mm.Name != first {
			mm.Alias = first
		}
	}
}
