package resolve

import (
	"strings"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/names"
)

// guessedSlip is the rule "guessed-slip": a full name that extract only
// guessed a person's by its shape, one letter off in the surname from a
// character's full name of the same document that a cue or the structure
// typed ("Mafia boss Ivy Colle" after "Lena Marsh's Ivy Cole"), takes the
// character's type, so that the spelling rule may join the two. A page
// that misspells a surname once misspells its own character, and the guess
// said nothing of the name but its shape; where the document holds two
// such characters, the guess is left alone.
type guessedSlip struct{}

func (guessedSlip) name() string { return "guessed-slip" }

func (g guessedSlip) apply(s *state) {
	for d, x := range s.xs {
		var chars []string // folded full names of the document's characters, typed by more than their shape
		for i, m := range x.Mentions {
			if s.typ(mref{d, i}) == graph.Character && m.Signal != extract.SigShape && m.Signal != extract.SigShort && strings.Contains(m.Name, " ") {
				chars = append(chars, names.Fold(m.Name))
			}
		}
		if len(chars) == 0 {
			continue
		}
		for i := range x.Mentions {
			m := &x.Mentions[i]
			if s.typ(mref{d, i}) != graph.Person || !guessed(m) || !strings.Contains(m.Name, " ") {
				continue
			}
			if c := slipCharacter(names.Fold(m.Name), chars); c != "" {
				s.retype(mref{d, i}, graph.Character, g.name())
			}
		}
	}
}

// slipCharacter returns the one name of chars that the folded name key
// is a surname slip of (see surnameSlip and nameSlip), or "".
func slipCharacter(key string, chars []string) string {
	found := ""
	for _, c := range chars {
		if c == key || c == found || nameSlip(key, c) == "" || !surnameSlip(key, c) {
			continue
		}
		if found != "" {
			return ""
		}
		found = c
	}
	return found
}
