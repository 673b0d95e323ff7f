package extract

import (
	"github.com/kgbuild/kg/graph"
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
)

// The shape rules of this file read the words around a title that say it
// is a show's: the kind of work a list gives examples of, a show praised as
// a hit, the credit in parentheses after an actor's name, the maker named
// after the title. A show's title is capitalised as a person's name is, so
// without them the last guess (rule capitalised-run) makes it a person.

// titleListItem matches one capitalised title of a list, with the small
// words and figures titles hold ("The 2200", "Man of the Hour").
const titleListItem = `(?:\p{Lu}|\d)[\p{L}\d'’-]*(?: (?:\p{Lu}[\p{L}\d'’-]*|\d+|(?:of|the|a|an|in|on|to|for)\b|&))*`

// kindListBefore matches the words before a title that make it an example
// of a kind of work, with the titles listed before it: "original series
// like Harbor, Gull Point and", "dramas such as", "shows including".
// Examples of a kind are of that kind: no person is given as a series'
// example. The list ends at the title after its "and" or "or": a name
// after a comma there opens the next clause ("shows such as Harbor and Gull
// Point, Tom Vale uses ...").
var kindListBefore = regexp.MustCompile(`\b(?i:series|shows|dramas|sitcoms|comedies|procedurals|programmes|programs|films|movies)\s+(?i:like|such as|including)\s+(?:` + titleListItem + `, )*(?:` + titleListItem + `,? (?:and|or) )?$`)

// hitBefore matches the words before a title that call it a hit: "last
// fall's breakout hit, Harbor", "the hit Harbor". Only a work is a hit; the
// verb "hit" takes no article or adjective before it.
var hitBefore = regexp.MustCompile(`\b(?i:the|a|its|breakout|smash|surprise|cult|runaway|big|biggest|latest|current|recent|ratings)\s+(?i:hit),?\s*$`)

// parenAlsoBefore matches an aside opened after a name that credits its
// person's other work: "Ann Roe (also from Harbor)", "(previously of
// Harbor)". A person's note with "also" or "previously" cites work, not
// where they come from.
var parenAlsoBefore = regexp.MustCompile(`\(\s*(?i:also|previously|formerly|best known)\s+(?i:from|of|in|seen in|for)\s+$`)

// makerAfter matches a maker's credit and name after a title: "Harbor
// creator Ann Roe", "Harbor showrunner Ann Roe", "Harbor screenwriter and
// author Ann Roe". A creator, showrunner or screenwriter is named by the show they made, as a star is by the show they lead (rule
// series-star).
var makerAfter = regexp.MustCompile(`^['’]?\s+(?:creator|co-creator|showrunner|co-showrunner|screenwriter|scriptwriter|head\s+writer)\s+(?:and\s+[a-z-]+\s+)?\p{Lu}`)

// The shape rules of titles cued by the words around them (see the
// comment above), tried after series-star.
var (
	kindListTitle = shapeRule{"kind-list-title", graph.Series, 0.6, func(r *run) bool {
		return !r.sentStart && kindListBefore.MatchString(r.before) && !wordAfter.MatchString(r.after)
	}}
	hitTitle  = shapeRule{"hit-title", graph.Series, 0.5, func(r *run) bool { return hitBefore.MatchString(r.before) }}
	parenAlso = shapeRule{"paren-also-title", graph.Series, 0.5, func(r *run) bool {
		return parenAlsoBefore.MatchString(r.before) && parenClose.MatchString(r.after)
	}}
	seriesNumber = shapeRule{"series-number-title", graph.Series, 0.5, func(r *run) bool { return seriesNumberAfter.MatchString(r.after) }}
	runOfTitle   = shapeRule{"run-of-title", graph.Series, 0.5, func(r *run) bool { return runOfBefore.MatchString(r.before) }}
	starOfTitle  = shapeRule{"star-of-title", graph.Series, 0.5, func(r *run) bool { return !r.sentStart && starOfBefore.MatchString(r.before) }}
	makerTitle   = shapeRule{"maker-title", graph.Series, 0.5, func(r *run) bool {
		return !r.sentStart && (makerAfter.MatchString(r.after) || r.article && capitalTheBefore.MatchString(r.lead) && creditAfter.MatchString(r.after))
	}}
)

// starOfBefore matches the words before a title that make someone its
// star or its mind: "the brains and star of Harbor", "a star of Harbor".
// A person is the star of a show or a film, not of another person.
var starOfBefore = regexp.MustCompile(`\b(?i:star|co-star|brains|mastermind)\s+(?i:of)\s+["“‘]?$`)

// creditAfter matches a credit other than a maker's after a title: "The
// Harbor producer Ann Roe". A company is named before a producer as often
// ("Lumen producer Ann Roe"), so it makes a series only of a title that
// opens with a capitalised "The" inside a sentence, as a show's does and a
// company's seldom does.
var creditAfter = regexp.MustCompile(`^['’]?\s+(?:executive\s+producer|producer|writer|director)\s+\p{Lu}`)

// capitalTheBefore matches a capitalised "The" right before a run, after
// other words of its sentence: inside a sentence it opens a title.
var capitalTheBefore = regexp.MustCompile(`\S\s+The\s+$`)

// seriesNumberAfter matches a series' or a season's number after a title,
// as British pages number a show's years ("Harbor series 4", "Harbor
// season two"). Only a show is counted so; a person's name before "series"
// is its creator's ("the Ann Roe series") and takes no number.
// (A season's figure is the rule season-after's.)
var seriesNumberAfter = regexp.MustCompile(`^['’]?\s+(?:[Ss]eries\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)|[Ss]eason\s+(?:one|two|three|four|five|six|seven|eight|nine|ten))\b`)

// runOfBefore matches the words before a title that give the length of its
// run on air: "the six-season run of Harbor", "the original run of". Only
// a show has seasons to run for.
var runOfBefore = regexp.MustCompile(`\b(?:[\w]+-(?i:season|series|year|episode)|(?i:original|entire|whole|final|long|initial))\s+(?i:run)\s+(?i:of)\s+$`)

// wordAfter matches a capitalised word right after a run, which a generic
// word trimmed off its end leaves ("Story" of "American Horror Story"): the
// run is then only part of the title.
var wordAfter = regexp.MustCompile(`^\s\p{Lu}`)

// parenClose matches the end of an aside right after a title.
var parenClose = regexp.MustCompile(`^['’]?\s*\)`)
