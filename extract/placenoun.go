package extract

import (
	"github.com/kgbuild/kg/graph"
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
)

// placeNounAfter matches a common noun of a part of a town or a country
// after a name: "the Eastbrook district", "the Harrow Vale neighbourhood".
// The noun says what the name is the name of; no person, show or company
// is called a district.
var placeNounAfter = regexp.MustCompile(`^\s+(?:district|neighbou?rhood|suburb|borough|quarter|slums?|ward|parish|county|province|region|estate)\b`)

// placeNoun is the shape rule "place-noun": a name with its article before
// such a noun is a place's (see placeNounAfter). The article is asked for,
// as in "the Eastbrook district": without it the name may be an owner's
// ("Ann Roe estate") or a title's ("Harbor region" of a game).
var placeNoun = shapeRule{"place-noun", graph.Place, 0.5, func(r *run) bool {
	return r.article && !r.sentStart && placeNounAfter.MatchString(r.after)
}}
