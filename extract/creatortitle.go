package extract

import (
	"strings"

	"github.com/kgbuild/kg/graph"
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"github.com/kgbuild/kg/names"
)

// titleAfterPossessive matches a possessive after a name and the
// capitalised words of a title after it, up to the end of the clause:
// "'s Nightwatch.", "'s Night Watch,". Group 1 is the title.
var titleAfterPossessive = regexp.MustCompile(`^['’‘]s\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,3})\s*(?:[.,;:)]|$)`)

// creatorOfTitle reports whether a full name stands in the possessive
// before a title that closes the clause, the way reviews credit a film
// or a show to its maker ("in Ann Roe's Night Watch."): a person's. A
// story's people possess things written in lower case, or other people
// and places, so the title must be no name the corpus knows as a
// person's, a character's, a place's or an organization's, open with no
// first name or title word, and be no acronym (a character's agency).
func (s *docState) creatorOfTitle(r *run) bool {
	if r.n < 2 || r.names() > 4 {
		return false
	}
	m := titleAfterPossessive.FindStringSubmatch(r.after)
	if m == nil {
		return false
	}
	title := m[1]
	ws := strings.Fields(title)
	if names.GivenName(ws[0]) || names.IsTitle(ws[0]) || names.InLower(names.NotNames, ws[0]) || names.KnownPlace(title) {
		return false
	}
	for _, w := range ws {
		if names.Acronym(w) || names.InLower(names.OrgSuffixes, w) || names.InLower(names.PlaceSuffixes, w) {
			return false
		}
	}
	k := s.knownAs(title)
	return !(k.is(graph.Person) || k.is(graph.Character) || k.is(graph.Place) || k.is(graph.Organization) || k.someonesShort())
}
