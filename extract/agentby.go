package extract

import (
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"github.com/kgbuild/kg/names"
)

// passiveBy matches a passive verb and up to five words after it before
// "by" at the end of the text before a name: "was brought back into the
// field by", "had been hired by". Group 1 is the participle.
var passiveBy = regexp.MustCompile(`(?i)\b(?:was|were|is|are|been|being|be|gets|got|get|getting)\s+(?:\w+ly\s+)?(\p{Ll}[\p{Ll}-]*)(?:\s+[\p{L}'’-]+){0,5}\s+by\s*$`)

// makingVerbs are the participles whose agent is a maker of a work or a
// performer, a real person ("was written by", "is played by"): the verbs
// of a series' making, casting and broadcast, and of a company's or an
// award's business.
var makingVerbs = map[string]bool{
	"written": true, "directed": true, "created": true, "produced": true, "developed": true, "adapted": true,
	"composed": true, "edited": true, "published": true, "hosted": true, "narrated": true, "illustrated": true,
	"shot": true, "photographed": true, "designed": true, "commissioned": true, "ordered": true, "acquired": true,
	"distributed": true, "cast": true, "played": true, "portrayed": true, "voiced": true, "performed": true,
	"co-written": true, "co-created": true, "penned": true, "helmed": true, "scripted": true, "executive-produced": true,
	"reviewed": true, "interviewed": true, "translated": true, "scored": true, "inspired": true, "based": true,
	"made": true, "released": true, "founded": true, "owned": true, "run": true, "headed": true, "led": true,
	"financed": true, "funded": true, "backed": true, "nominated": true, "awarded": true, "presented": true,
	"executive": true, // "is executive produced by"
	"announced": true, "confirmed": true, "revealed": true, "reported": true, "praised": true, "criticized": true, "criticised": true,
}

// storyAgentBy reports whether "by" at the end of before is the agent of
// a passive verb of the story, not of a work's making: "he was brought
// back into the field by A" tells nothing of whether A is real, where
// "written by A" does (see personCue). A recap's passives are its
// characters' deeds; a work's credits use a few verbs of making.
func storyAgentBy(before string) bool {
	m := passiveBy.FindStringSubmatch(before)
	return m != nil && !names.InLower(makingVerbs, m[1])
}

// makersListBefore matches "by" and a name of a person's shape joined to
// the name after it by "and", "&" or a comma: "books by Ann Roe and",
// "written by Ann Roe, Tom Fell and". Group 1 is the text up to "by".
var makersListBefore = regexp.MustCompile(`(.*\b[Bb]y)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]*(?:\s*,\s*(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]*)*\s*(?:,\s*)?(?:and|&)\s*$`)

// makerListed reports whether the run is a full name that ends a list of
// makers after "by" ("books by Ann Roe and Tom Fell"): the cue of the
// first name is the cue of all, unless the "by" is a story's passive (see
// storyAgentBy).
func makerListed(r *run) bool {
	m := makersListBefore.FindStringSubmatch(r.before)
	return m != nil && r.n > 1 && !r.article && personShaped(r.text) && !storyAgentBy(m[1])
}
