package extract

import (
	"github.com/kgbuild/kg/graph"
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"github.com/kgbuild/kg/names"
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

// placeOfBefore matches the common noun of a kind of place and "of" before
// a name: "the fictional island of Saint Anne", "the borough of Eastbrook",
// "her small hometown of Eastbrook".
// The noun says what the name is the name of, as placeNounAfter's does.
var placeOfBefore = regexp.MustCompile(`(?i)\b(?:the|an?|his|her|their|its|my|our|your)\s+(?:[\p{L}-]+\s+){0,3}?(?:island|isle|(?:home)?town|city|village|hamlet|borough|county|parish|province|district|suburb|port|state|republic|kingdom)\s+of\s+$`)

// placeAppositionAfter matches a kind of place in apposition after a
// name: ", the small town where", ", a fishing village in". The noun says
// what the name is the name of, as placeNounAfter's does.
var placeAppositionAfter = regexp.MustCompile(`^,\s+(?:the|an?|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:island|isle|(?:home)?town|city|village|hamlet|borough|county|parish|suburb|port)\s+(?:where|in|on|of|that|which|near|outside)\b`)

// placeOf is the shape rule "place-of": a name after a kind of place and
// "of" (see placeOfBefore), or with one in apposition after it (see
// placeAppositionAfter), is a place's.
var placeOf = shapeRule{"place-of", graph.Place, 0.6, func(r *run) bool {
	return r.n <= 4 && !r.article && !names.IsTitle(r.first) && (placeOfBefore.MatchString(r.lead) || placeAppositionAfter.MatchString(r.after))
}}
