package extract

import (
	"strings"

	"github.com/kgbuild/kg/names"
)

// guessedFullNames reports whether a and b, the two names of "A's B" with
// nothing between, are both full names only guessed people's by their
// shape, the first opening with a known given name: "Lena Marsh's Ivy
// Cole".
// One person's full name right after another's possessive is the role the
// first plays, as reviews name a cast ("in the form of Lena Marsh's Ivy
// Cole"); kin and colleagues come with a word between ("Lena Marsh's
// sister Ivy Cole"), which possessiveOwn reads. A title after a possessive
// ("Dana Whitfield's Harbor Lights") is seldom guessed a person's: the
// corpus or a cue around it types it first.
func guessedFullNames(a, b Mention) bool {
	return b.Signal == SigShape && actorRoleNames(a, b)
}

// actorRoleNames reports whether a, only guessed a person's by its shape,
// is a full name opening with a known given name, and b a full name: the
// shapes of an actor's name and a role's.
func actorRoleNames(a, b Mention) bool {
	return a.Signal == SigShape && givenFullName(a.Name) && fullName(b.Name)
}

// fullName reports whether name is two or three words, none a generic
// word or a title.
func fullName(name string) bool {
	n := len(strings.Fields(name))
	return n >= 2 && n <= 3 && personShaped(name)
}

// givenFullName reports whether name is two or three words, the first a
// known given name, none a generic word or a title.
func givenFullName(name string) bool {
	ws := strings.Fields(name)
	return len(ws) >= 2 && len(ws) <= 3 && names.GivenName(ws[0]) && personShaped(name)
}

// guessedPair reports whether the match "A's B" of a PLAYS pattern, with
// nothing between, holds two full names, A only guessed a person's by its
// shape and opening with a known given name: "in the form of Lena Marsh's
// Ivy Cole" is the actor's role even after "of", which before a name the
// corpus knows as a person's (an author's) makes the name after it the
// author's character. B may be known as a character by then: the first
// reading of the document taught it.
func (s *docState) guessedPair(m *patMatch, w string) bool {
	ss, os := m.marks(m.group("s")), m.marks(m.group("o"))
	if w != "" || len(ss) == 0 || len(os) == 0 {
		return false
	}
	return actorRoleNames(s.x.Mentions[ss[0]], s.x.Mentions[os[0]])
}
