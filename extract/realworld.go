package extract

import (
	"github.com/kgbuild/kg/graph"
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"github.com/kgbuild/kg/names"
)

// The cues of the real world around a full name: a company's office
// ("CBS Entertainment President Ann Roe", "Ann Roe, Lumen's president")
// and a creator's possessive before a character or a work ("Ann Roe's
// character Ivy Cole", "Ann Roe's novels"). A story's people hold offices
// too, but not a network's or a studio's, and a character is no one's
// creation within the story; news and reviews name the people behind a
// show so. Each cue outweighs the guesses that make a name a character's
// by the page, the section or a first name the corpus knows alone.

// officeHolder is the shape rule "office-holder": a name after a company's
// office with the company's name before it, in the run or as a
// possessive ("Lumen Entertainment President Ann Roe", "Lumen's President
// Ann Roe"). "President Ann Roe" alone may be a story's president, and
// stays with title-word.
var officeHolder = shapeRule{"office-holder", graph.Person, 0.6, func(r *run) bool {
	if r.n < 3 || r.quoted || officeRun(r) {
		return false
	}
	k := -1
	for i, w := range r.words[:r.n-1] {
		if names.InLower(companyOffices, w.Text) {
			k = i
			break
		}
	}
	if k < 0 || r.n-k-1 < 2 {
		return false // the office must stand before a full name
	}
	if k > 0 && names.InLower(officeRanks, r.words[k-1].Text) {
		return false // "Vice President Ann Roe": a rank, not a company
	}
	return k > 0 || companyPossessiveBefore.MatchString(r.lead)
}}

// creatorPossessive is the shape rule "creator-possessive": a full name
// with a possessive before a character of its creation, or its books
// ("Ann Roe's character Ivy Cole", "Ann Roe's novels"): an author's, or an
// actor's.
var creatorPossessive = shapeRule{"creator-possessive", graph.Person, 0.6, func(r *run) bool {
	return r.n >= 2 && r.names() <= 4 && !r.quoted && creatorAfter.MatchString(r.after)
}}

var (
	// companyPossessiveBefore matches a company's possessive before an
	// office: "Lumen's ".
	companyPossessiveBefore = regexp.MustCompile(`\p{Lu}[\p{L}\d&+.-]*['’]s\s+$`)
	// creatorAfter matches the possessive of a creator before what it
	// made: "'s character Ivy Cole", "'s iconic characters", "'s novels".
	creatorAfter = regexp.MustCompile(`^['’]s?\s+(?:(?:famous|iconic|classic|beloved|legendary|best-known|original|own|fictional|literary|most famous)\s+)*(?:characters?\s+\p{Lu}|characters\b|creations?\b|novels\b|books\b|short stories\b|stories\b)`)
	// companyOfficeAfter matches an apposition after a name that gives a
	// company's office: ", Lumen's president", ", president of Lumen", ",
	// the network's chief executive".
	companyOfficeAfter = regexp.MustCompile(`^,\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}\d&+.-]*\s+){0,3}?(?:\p{Lu}[\p{L}\d&+.-]*|network|studio|company|streamer|channel)['’]s\s+(?:\p{Ll}+\s+){0,2}` + companyOfficeWords + `|(?:\p{Ll}+\s+){0,2}` + companyOfficeWords + `\s+(?:of|at)\s+(?:the\s+)?\p{Lu})`)
)

// companyOfficeWords are the offices of a company in an apposition.
const companyOfficeWords = `(?:(?:co-|vice\s+|executive\s+vice\s+)?president|chairman|chairwoman|chairperson|chief\s+executive(?:\s+officer)?|CEO|(?:co-)?founder|head\s+of\s+\p{Ll}+|programming\s+chief|entertainment\s+chief)\b`

// crewOfShowAfter matches an apposition that credits a name with making the
// show: ", co-writer of the series", ", a producer of the show".
var crewOfShowAfter = regexp.MustCompile(`^,\s+(?:the\s+|a\s+|an\s+)?(?:co-|executive\s+)?(?:writer|creator|producer|showrunner|director)s?\s+(?:of|on)\s+the\s+(?:series|show|drama|programme|program)\b`)

// realWorldAfter reports whether the words after a full name say it is
// a real person's: a company's office or a credit of the show in apposition, a creator's or a
// performer's possessive, a critic's judgement of the person "as" a role.
func realWorldAfter(after string) bool {
	return companyOfficeAfter.MatchString(after) || creatorAfter.MatchString(after) || performerAfter.MatchString(after) || judgedAsAfter.MatchString(after) ||
		crewOfShowAfter.MatchString(after)
}
