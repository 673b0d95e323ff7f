package resolve

import (
	"strings"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/names"
)

// nicknameCharacter is the rule "character-by-nickname": a full name that
// only its shape or the lexicon made a person's, and that quotes a
// nickname ('Gary “Spud” Rourke'), is a character's when the corpus types
// that nickname alone a character's and never a person's, and no other
// character's name has it as a word or a quoted nickname. Recaps and
// reviews call a character by the nickname its full name quotes, and
// name the full name once, in a sentence that may give it no cue; the
// quotation marks tie the two names as a first name or a surname, shared
// by strangers, does not. A name that a pattern, the structure or a claim
// anywhere makes a person's stays one.
type nicknameCharacter struct{}

func (nicknameCharacter) name() string { return "character-by-nickname" }

func (r nicknameCharacter) apply(s *state) {
	loneChar, lonePerson := map[string]bool{}, map[string]bool{}
	taken := map[string]int{} // words and nicknames of characters' full names
	var cands []mref
	for d, x := range s.xs {
		for i, m := range x.Mentions {
			ref := mref{d, i}
			k := names.Fold(m.Name)
			ws := strings.Fields(k)
			t := s.typ(ref)
			switch {
			case len(ws) == 1 && t == graph.Character:
				loneChar[k] = true
			case len(ws) == 1 && t == graph.Person:
				lonePerson[k] = true
			case len(ws) > 1 && t == graph.Character:
				seen := map[string]bool{ws[0]: true, ws[len(ws)-1]: true}
				for _, n := range foldedNicknames(m.Name) {
					seen[n] = true
				}
				for w := range seen {
					taken[w]++
				}
			case len(ws) > 1 && t == graph.Person && (m.Signal == extract.SigShape || m.Signal == extract.SigLexicon) && len(foldedNicknames(m.Name)) == 1:
				cands = append(cands, ref)
			}
		}
	}
	if len(cands) == 0 {
		return
	}
	strong := s.strongPersons()
	for _, ref := range cands {
		m := s.mention(ref)
		n := foldedNicknames(m.Name)[0]
		if loneChar[n] && !lonePerson[n] && taken[n] == 0 && !strong[names.Fold(m.Name)] {
			s.retype(ref, graph.Character, r.name())
		}
	}
}
