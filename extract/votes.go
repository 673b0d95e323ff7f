package extract

import (
	"strings"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/names"
)

// The votes each reading of a document teaches the lexicon: the names its
// structure typed, and those its prose typed with confidence.

// structureVotes are the names the structure of a document typed, and the
// other names they are also known as.
func structureVotes(ms []Mention) []vote {
	var out []vote
	for _, m := range ms {
		if m.Type != "" {
			out = append(out, vote{Name: m.Name, Type: m.Type})
		}
		if m.Alias != "" {
			out = append(out, vote{Name: m.Alias, Type: m.Type})
		}
	}
	return out
}

// roleRules are the relation patterns that make a lone name a
// character's by its role or its kin: an actor plays it, it has a
// husband, it kills or dates someone. A lone name they type is learnt.
var roleRules = func() map[string]bool {
	out := map[string]bool{}
	for _, p := range relPatterns {
		switch p.pred {
		case "PLAYS", predParen, predKin, "ROMANTIC_PARTNER_OF", "PARTNER_OF", "KILLED":
			out[p.name] = true
		}
	}
	return out
}()

// proseVotes are the names a reading of prose typed with confidence: by
// shape or pattern with a confidence of at least 0.5, and the names a
// pattern found another name for, or made a character's alone; and the surnames of the two-word names
// it guessed were people's.
func proseVotes(ms []Mention) []vote {
	var out []vote
	for _, m := range ms {
		if (m.Signal == SigShape || m.Signal == SigPattern) && m.Confidence >= 0.5 && m.Type != "" {
			out = append(out, vote{Name: m.Name, Type: m.Type, Shaped: shapeOnlyRules[m.Rule]})
		}
		if m.Alias != "" && m.Type != "" {
			out = append(out, vote{Name: m.Name, Type: m.Type})
		}
		if m.Signal == SigShort && m.Type == graph.Character && m.Confidence >= 0.5 && roleRules[m.Rule] && !names.KnownPlace(m.Name) {
			// A lone name a pattern of roles or kin made a character's
			// ("plays Nora, a nurse", "Nora's husband") is one wherever
			// it stands, unless it is a well-known place's.
			out = append(out, vote{Name: m.Name, Type: m.Type})
		}
		if ws := strings.Fields(m.Name); m.Signal == SigShape && m.Confidence < 0.5 && len(ws) == 2 {
			switch m.Type {
			case graph.Person:
				// A full name only guessed a person's ("Tom Fell" in
				// running text) is not learnt, but its surname is looked
				// for: news names people in full once, then by surname
				// ("Fell is superb"); a lone first name is a character's
				// as often. The full name may be a relative's of a
				// character (see learnFamilies).
				out = append(out, vote{Name: ws[1], Type: guessedSurname}, vote{Name: m.Name, Type: familyCandidate})
			case graph.Character:
				// The same guess made a character's by the page or the
				// section it stands in ("the professor Tom Fell's death"
				// in a recap) is named by surname as well ("Fell helped
				// him").
				out = append(out, vote{Name: ws[1], Type: guessedSurname})
			}
		}
	}
	return out
}
