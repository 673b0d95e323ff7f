package extract

import (
	"github.com/kgbuild/kg/graph"
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"github.com/kgbuild/kg/names"
)

// creditNounAfter matches the noun of a work's credit and a full name
// after a run: " creator Ann Roe", "' executive producer Ann Roe". News
// names a maker by the work: "Harbor Lights creator Ann Roe".
var creditNounAfter = regexp.MustCompile(`^['’]?\s+(?:co-)?(?:creator|showrunner|executive producer|producer|writer|director|co-star|star)\s+\p{Lu}[\p{L}'’.-]+\s+\p{Lu}`)

// titleBeforeCredit is the shape rule "title-before-credit": a run of
// capitalised words that opens with no first name, before the noun of a
// credit and a full name (see creditNounAfter): the work the person
// made, most often a show on the pages kg reads, where it would
// otherwise be guessed a person's. Networks and companies are typed
// before it by their own rules.
var titleBeforeCredit = shapeRule{"title-before-credit", graph.Series, 0.5, func(r *run) bool {
	return r.n >= 1 && r.n <= 5 && !names.GivenName(r.first) && !r.knownPlace && !r.headingOnly && creditNounAfter.MatchString(r.after)
}}
