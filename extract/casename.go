package extract

import (
	"github.com/kgbuild/kg/graph"
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"github.com/kgbuild/kg/names"
)

// caseNounAfter matches the noun of a crime story's case after a name:
// "the Ann Roe case", "the Ann Roe murder".
var caseNounAfter = regexp.MustCompile(`^\s+(?:case|murder|murders|killing|investigation|disappearance|inquiry|abduction|kidnapping)\b`)

// caseName is the shape rule "case-name": a full name that opens with a
// first name, after an article and before the noun of a case ("the Ann
// Roe case"): the victim or the suspect a crime series' case is named
// after, one of its characters, where "the" and a name otherwise make an
// organization's ("the Boston Globe"). A first name keeps out the
// institutions that cases are also named after ("the Harbor Bank case").
var caseName = shapeRule{"case-name", graph.Character, 0.5, func(r *run) bool {
	return r.article && r.n >= 2 && r.names() <= 3 && names.GivenName(r.first) && caseNounAfter.MatchString(r.after)
}}
