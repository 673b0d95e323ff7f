package extract

import (
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"github.com/kgbuild/kg/names"
)

// storyPassiveBefore matches a verb of a crime story in the passive right
// before a name, its agent: "was killed by Tom Vale", "a plot instigated
// by Tom Vale", "Severely wounded by Tom Vale". The agent is a character
// of a recap just as the subject of the active verb is (see
// storyVerbAfter), while "by" alone brings in a person, the author or the
// maker of a work (see personCue). No verb of a series' making (written,
// directed, ordered, shot) is one of them.
var storyPassiveBefore = regexp.MustCompile(`(?i)\b(?:killed|murdered|stabbed|strangled|poisoned|kidnapped|abducted|wounded|attacked|assaulted|raped|framed|blackmailed|betrayed|tortured|threatened|ambushed|stalked|arrested|captured|instigated|orchestrated|masterminded)\s+by\s*$`)

// storyPassive reports whether the run is a name of two or three words of
// a person's shape after a crime story's passive verb: the agent of the
// crime, a character. An organization's or a place's name ("attacked by
// the Harbor Police") stays what its last word makes it.
func storyPassive(r *run) bool {
	return r.n > 1 && r.names() <= 3 && !r.article && !names.OrgSuffixes[r.last] && !names.PlaceSuffixes[r.last] &&
		personShaped(r.text) && storyPassiveBefore.MatchString(r.lead)
}

// playsPossessiveBefore matches the verb of playing a role and a
// capitalised name in the possessive before the role's name: "best known
// for playing Harbor Nights’ Tom Vale", "who played Gull Point's Ana
// Reyes". The possessive is the show's (or its maker's); the name after
// it, the role, a character as after "plays" alone (see playsCue).
var playsPossessiveBefore = regexp.MustCompile(`\b(?:plays|played|playing|portrays|portrayed|portraying)\s+(?:\p{Lu}[\p{L}\d&-]*\s+){0,3}\p{Lu}[\p{L}\d&-]*(?:['’]s|s['’])\s+$`)

// storyBossBefore matches a possessive pronoun (or an article) and a
// noun of a story's order of power or of its people's company right
// before a name, a comma between them or none: "their former boss Tom
// Vale", "his nemesis Tom Vale", "his wheelman, Tom Vale", "a new friend,
// Tom Vale". A recap or a review tells of the story's people so; news
// names a network's chief without the pronoun ("Lumen boss Tom Vale").
var storyBossBefore = regexp.MustCompile(`\b(?:[Hh]is|[Hh]er|[Tt]heir|[Aa]n?)\s+(?:[\p{Ll}-]+\s+){0,2}(?:boss|employer|nemesis|wheelman|henchman|accomplice|bodyguard|sidekick|captor|kidnapper|friend|classmate|schoolmate|landlord|landlady)\s*,?\s*$`)

// storyBoss reports whether the run is a full name of a person's shape
// after storyBossBefore: a character.
func storyBoss(r *run) bool {
	return r.n > 1 && r.names() <= 3 && personShaped(r.text) && storyBossBefore.MatchString(r.before)
}
